package cn.shangliang.hearing;

/**
 * One step of a category's draw, everything a reader needs to redo it: hash the message with SHA-256, read
 * the hash as an unsigned big-endian number, take it modulo {@code remaining}, and count {@code index}
 * places (from 0) into the remaining applicants in ascending application order.
 */
public record DrawStep(int step, String message, String hashHex, int remaining, int index, long applicationNo) {
}
