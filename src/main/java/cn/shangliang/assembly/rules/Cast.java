package cn.shangliang.assembly.rules;

/**
 * One channel's ballot for a voter after its own rules were applied (latest online ballot, confirmed
 * paper sheet, proxy ballot within its mandate).
 *
 * @param reference the online ballot's sequence, the paper sheet id or the mandate id
 */
public record Cast<T>(BallotChannel channel, String reference, T choice) {
}
