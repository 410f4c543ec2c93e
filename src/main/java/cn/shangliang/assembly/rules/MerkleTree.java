package cn.shangliang.assembly.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A Merkle tree over the counted ballots' leaf hashes (hex), as published with a result. Leaves are hashed as
 * SHA-256(0x00 ‖ text) and inner nodes as SHA-256(0x01 ‖ left ‖ right), so a leaf can never pass for a node
 * (the RFC 6962 convention); an odd node at the end of a level moves up unchanged. Anyone can rebuild the root
 * from the published leaves, and an owner checks their own leaf against the root with {@link #proof}.
 */
public final class MerkleTree {

    /** The root of a tree without leaves. */
    public static final String EMPTY = sha256(new byte[0]);

    private MerkleTree() {
    }

    /** One step of an inclusion proof: the sibling's hash and whether it stands left of the path. */
    public record Step(String sibling, boolean left) {
    }

    public static String leaf(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] in = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, in, 1, bytes.length);
        return sha256(in);
    }

    public static String root(List<String> leaves) {
        if (leaves.isEmpty()) {
            return EMPTY;
        }
        List<String> level = leaves;
        while (level.size() > 1) {
            level = up(level);
        }
        return level.get(0);
    }

    /** The steps from leaf {@code index} up to the root. */
    public static List<Step> proof(List<String> leaves, int index) {
        if (index < 0 || index >= leaves.size()) {
            throw new IllegalArgumentException("no leaf " + index + " among " + leaves.size());
        }
        List<Step> steps = new ArrayList<>();
        List<String> level = leaves;
        int i = index;
        while (level.size() > 1) {
            int sibling = i % 2 == 0 ? i + 1 : i - 1;
            if (sibling < level.size()) {
                steps.add(new Step(level.get(sibling), sibling < i));
            }
            level = up(level);
            i /= 2;
        }
        return steps;
    }

    /** The root a leaf and its proof lead to; equal to the published root exactly when the leaf was counted. */
    public static String rootFrom(String leaf, List<Step> steps) {
        String h = leaf;
        for (Step s : steps) {
            h = s.left() ? node(s.sibling(), h) : node(h, s.sibling());
        }
        return h;
    }

    private static List<String> up(List<String> level) {
        List<String> next = new ArrayList<>((level.size() + 1) / 2);
        for (int i = 0; i < level.size(); i += 2) {
            next.add(i + 1 < level.size() ? node(level.get(i), level.get(i + 1)) : level.get(i));
        }
        return next;
    }

    static String node(String left, String right) {
        byte[] l = HexFormat.of().parseHex(left);
        byte[] r = HexFormat.of().parseHex(right);
        byte[] in = new byte[1 + l.length + r.length];
        in[0] = 1;
        System.arraycopy(l, 0, in, 1, l.length);
        System.arraycopy(r, 0, in, 1 + l.length, r.length);
        return sha256(in);
    }

    private static String sha256(byte[] in) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
