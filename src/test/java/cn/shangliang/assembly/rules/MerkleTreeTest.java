package cn.shangliang.assembly.rules;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class MerkleTreeTest {

    @Test
    void everyLeafOfTreesOfEverySizeProvesItsWayToTheRoot() {
        for (int n = 1; n <= 17; n++) {
            List<String> leaves = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                leaves.add(MerkleTree.leaf("ballot " + i));
            }
            String root = MerkleTree.root(leaves);
            for (int i = 0; i < n; i++) {
                assertEquals(root, MerkleTree.rootFrom(leaves.get(i), MerkleTree.proof(leaves, i)), n + " leaves, leaf " + i);
            }
        }
    }

    @Test
    void aLeafNotInTheTreeDoesNotReachTheRoot() {
        List<String> leaves = List.of(MerkleTree.leaf("a"), MerkleTree.leaf("b"), MerkleTree.leaf("c"));
        String root = MerkleTree.root(leaves);
        assertNotEquals(root, MerkleTree.rootFrom(MerkleTree.leaf("d"), MerkleTree.proof(leaves, 0)));
    }

    @Test
    void aLeafCannotPassForAnInnerNode() {
        String a = MerkleTree.leaf("a");
        String b = MerkleTree.leaf("b");
        assertNotEquals(MerkleTree.node(a, b), MerkleTree.leaf(a + b));
        assertEquals(MerkleTree.node(a, b), MerkleTree.root(List.of(a, b)));
    }

    @Test
    void theEmptyTreeHasAFixedRoot() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", MerkleTree.root(List.of()));
    }
}
