package cn.shangliang.assembly;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ballot-choice key ring: rotation keeps old values readable, re-sealing moves them, commitments stay put. */
class ChoiceSealRotationTest {

    private static byte[] key() {
        byte[] k = new byte[64];
        new SecureRandom().nextBytes(k);
        return k;
    }

    @Test
    void afterARotationOldValuesOpenAndAreResealedWithTheNewKey() {
        byte[] oldKey = key();
        byte[] newKey = key();
        ChoiceSeal before = new ChoiceSeal(oldKey, List.of());
        String stored = before.seal("OPPOSE");
        assertTrue(stored.startsWith("s2:" + before.currentKeyId() + ":"));

        ChoiceSeal after = new ChoiceSeal(newKey, List.of(oldKey));
        assertNotEquals(before.currentKeyId(), after.currentKeyId());
        assertEquals("OPPOSE", after.open(stored), "a retired key still opens what it sealed");
        assertFalse(after.isCurrent(stored));
        String moved = after.reseal(stored);
        assertTrue(after.isCurrent(moved));
        assertEquals("OPPOSE", after.open(moved));
        assertEquals(moved, after.reseal(moved), "re-sealing a current value changes nothing");

        ChoiceSeal withoutRetired = new ChoiceSeal(newKey, List.of());
        assertEquals("OPPOSE", withoutRetired.open(moved));
        assertThrows(IllegalStateException.class, () -> withoutRetired.open(stored),
                "once the old key is dropped, only re-sealed values open: drop it after the job ran");
    }

    @Test
    void commitmentsStayCheckableAcrossARotation() {
        byte[] oldKey = key();
        ChoiceSeal before = new ChoiceSeal(oldKey, List.of());
        ChoiceSeal after = new ChoiceSeal(key(), List.of(oldKey));
        assertEquals(before.commit("online", "7", "o3", "AGREE"), after.commit("online", "7", "o3", "AGREE"),
                "audit commitments and Merkle leaf secrets use the oldest key's HMAC half");
    }

    @Test
    void valuesFromBeforeSealingAndBeforeKeyIdsOpen() {
        byte[] oldKey = key();
        ChoiceSeal seal = new ChoiceSeal(oldKey, List.of());
        String current = seal.seal("ABSTAIN");
        String legacy = "s1:" + current.substring(current.indexOf(':', 3) + 1);
        ChoiceSeal rotated = new ChoiceSeal(key(), List.of(oldKey));
        assertEquals("ABSTAIN", rotated.open(legacy), "a value sealed before key ids is tried against each key");
        assertEquals("AGREE", rotated.open("AGREE"), "a value written before sealing is read as it is");
        assertTrue(rotated.isCurrent(rotated.reseal("AGREE")));
        assertTrue(rotated.isCurrent(rotated.reseal(legacy)));
        assertThrows(IllegalStateException.class, () -> new ChoiceSeal(key(), List.of()).open(legacy));
    }
}
