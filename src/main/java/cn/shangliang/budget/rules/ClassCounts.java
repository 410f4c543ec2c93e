package cn.shangliang.budget.rules;

import java.util.Arrays;

/**
 * How many of one project's supporters sit in each budget class (an int to long map). Equal Shares
 * updates these counts for every supporter of every bought project, so they avoid boxing.
 * Counts that drop to zero stay as empty slots; readers skip them.
 */
final class ClassCounts {

    private static final int EMPTY = -1;

    private int[] keys;
    private long[] counts;
    private int used;

    ClassCounts(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new int[capacity];
        counts = new long[capacity];
        Arrays.fill(keys, EMPTY);
    }

    void add(int key, long delta) {
        int slot = find(keys, key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            if (++used * 2 > keys.length) {
                grow();
                slot = find(keys, key);
            }
        }
        counts[slot] += delta;
    }

    /** Upper bound on the number of entries {@link #copyTo} writes. */
    int keysUsed() {
        return used;
    }

    /** Copies the non-zero entries into the arrays, which hold at least {@link #keysUsed()}; returns how many. */
    int copyTo(int[] keysOut, long[] countsOut) {
        int n = 0;
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY && counts[slot] != 0) {
                keysOut[n] = keys[slot];
                countsOut[n++] = counts[slot];
            }
        }
        return n;
    }

    private static int find(int[] keys, int key) {
        int mask = keys.length - 1;
        int slot = (key * 0x9E3779B1) >>> 7 & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = slot + 1 & mask;
        }
        return slot;
    }

    private void grow() {
        int[] oldKeys = keys;
        long[] oldCounts = counts;
        keys = new int[oldKeys.length * 2];
        counts = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = find(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }
}
