package org.gdl4j.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Round trips between matrices, ZYZ Euler angles, quaternions and axis–angle. */
class Rotation3DConversionTest {

    private static final double TOLERANCE = 1e-12;
    private static final int SAMPLES = 2000;

    @Test
    void eulerAnglesGiveTheProductOfAxisRotations() {
        Random random = new Random(1);
        for (int i = 0; i < 200; i++) {
            double alpha = 2 * Math.PI * random.nextDouble();
            double beta = Math.PI * random.nextDouble();
            double gamma = 2 * Math.PI * random.nextDouble();
            double[][] expected = TestGroups.multiply(rz(alpha), TestGroups.multiply(ry(beta), rz(gamma)));
            double[][] actual = Rotation3D.fromEulerZYZ(alpha, beta, gamma).matrix();
            assertTrue(TestGroups.maxAbsDifference(expected, actual) <= TOLERANCE);
        }
    }

    @Test
    void matrixToEulerToMatrixIsTheIdentity() {
        Random random = new Random(2);
        for (int i = 0; i < SAMPLES; i++) {
            Rotation3D r = Rotation3D.random(random);
            double[][] back = Rotation3D.fromEulerZYZ(r.eulerZYZ()).matrix();
            assertTrue(TestGroups.maxAbsDifference(r.matrix(), back) <= TOLERANCE, r::toString);
        }
    }

    @Test
    void eulerToMatrixToEulerIsTheIdentityAwayFromGimbalLock() {
        Random random = new Random(3);
        for (int i = 0; i < SAMPLES; i++) {
            EulerAnglesZYZ angles = new EulerAnglesZYZ(2 * Math.PI * random.nextDouble(),
                    0.01 + (Math.PI - 0.02) * random.nextDouble(), 2 * Math.PI * random.nextDouble());
            EulerAnglesZYZ back = Rotation3D.fromEulerZYZ(angles).eulerZYZ();
            assertEquals(0, circularDifference(angles.alpha(), back.alpha()), 1e-11, angles::toString);
            assertEquals(angles.beta(), back.beta(), 1e-11, angles::toString);
            assertEquals(0, circularDifference(angles.gamma(), back.gamma()), 1e-11, angles::toString);
        }
    }

    @Test
    void matrixToQuaternionToMatrixIsTheIdentity() {
        Random random = new Random(4);
        for (int i = 0; i < SAMPLES; i++) {
            Rotation3D r = Rotation3D.random(random);
            Rotation3D back = Rotation3D.fromMatrix(r.matrix());
            assertTrue(TestGroups.maxAbsDifference(r.matrix(), back.matrix()) <= TOLERANCE);
            assertQuaternionsEqual(r.quaternion(), back.quaternion());
        }
    }

    @Test
    void halfTurnsSurviveTheMatrixRoundTrip() {
        for (double[] axis : new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 1, 0}, {1, -2, 3}}) {
            Rotation3D r = Rotation3D.fromAxisAngle(new AxisAngle(axis[0], axis[1], axis[2], Math.PI));
            assertEquals(0, r.distanceTo(Rotation3D.fromMatrix(r.matrix())), TOLERANCE);
        }
    }

    @Test
    void axisAngleRoundTripKeepsAxisAndAngle() {
        Random random = new Random(5);
        for (int i = 0; i < SAMPLES; i++) {
            Rotation3D r = Rotation3D.random(random);
            AxisAngle a = r.axisAngle();
            assertTrue(a.angle() >= 0 && a.angle() <= Math.PI);
            assertEquals(0, r.distanceTo(Rotation3D.fromAxisAngle(a)), TOLERANCE);
            double[] image = r.apply(new double[] {a.x(), a.y(), a.z()});
            assertEquals(a.x(), image[0], TOLERANCE);
            assertEquals(a.y(), image[1], TOLERANCE);
            assertEquals(a.z(), image[2], TOLERANCE);
        }
    }

    @Test
    void quaternionSignIsCanonical() {
        Random random = new Random(6);
        for (int i = 0; i < SAMPLES; i++) {
            UnitQuaternion q = Rotation3D.random(random).quaternion();
            assertTrue(q.w() > 0 || (q.w() == 0 && q.x() >= 0), q::toString);
            UnitQuaternion negated = new UnitQuaternion(-q.w(), -q.x(), -q.y(), -q.z());
            assertEquals(new Rotation3D(q), new Rotation3D(negated));
        }
        assertEquals(new UnitQuaternion(0, 1, 0, 0), new Rotation3D(new UnitQuaternion(0, -1, 0, 0)).quaternion());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.4, 2.0, 5.5})
    void gimbalLockAtBetaZeroPutsTheWholeTurnIntoAlpha(double gamma) {
        EulerAnglesZYZ angles = Rotation3D.fromEulerZYZ(1.3, 0.0, gamma).eulerZYZ();
        assertEquals(0, circularDifference(1.3 + gamma, angles.alpha()), TOLERANCE);
        assertEquals(0.0, angles.beta(), TOLERANCE);
        assertEquals(0.0, angles.gamma());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.4, 2.0, 5.5})
    void gimbalLockAtBetaPiPutsAlphaMinusGammaIntoAlpha(double gamma) {
        Rotation3D r = Rotation3D.fromEulerZYZ(1.3, Math.PI, gamma);
        EulerAnglesZYZ angles = r.eulerZYZ();
        assertEquals(0, circularDifference(1.3 - gamma, angles.alpha()), TOLERANCE);
        assertEquals(Math.PI, angles.beta(), TOLERANCE);
        assertEquals(0.0, angles.gamma());
        assertTrue(TestGroups.maxAbsDifference(r.matrix(), Rotation3D.fromEulerZYZ(angles).matrix()) <= TOLERANCE);
    }

    @Test
    void eulerAnglesOfTheIdentityAreZero() {
        EulerAnglesZYZ angles = Rotation3D.identity().eulerZYZ();
        assertEquals(new EulerAnglesZYZ(0, 0, 0), angles);
    }

    private static void assertQuaternionsEqual(UnitQuaternion expected, UnitQuaternion actual) {
        assertEquals(expected.w(), actual.w(), TOLERANCE);
        assertEquals(expected.x(), actual.x(), TOLERANCE);
        assertEquals(expected.y(), actual.y(), TOLERANCE);
        assertEquals(expected.z(), actual.z(), TOLERANCE);
    }

    /** The difference of two angles reduced to [−π, π). */
    static double circularDifference(double a, double b) {
        double d = (a - b) % (2 * Math.PI);
        if (d >= Math.PI) {
            d -= 2 * Math.PI;
        } else if (d < -Math.PI) {
            d += 2 * Math.PI;
        }
        return d;
    }

    static double[][] rz(double t) {
        return new double[][] {{Math.cos(t), -Math.sin(t), 0}, {Math.sin(t), Math.cos(t), 0}, {0, 0, 1}};
    }

    static double[][] ry(double t) {
        return new double[][] {{Math.cos(t), 0, Math.sin(t)}, {0, 1, 0}, {-Math.sin(t), 0, Math.cos(t)}};
    }
}
