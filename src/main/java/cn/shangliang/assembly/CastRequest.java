package cn.shangliang.assembly;

import java.util.Map;

/**
 * A ballot as an owner (or staff, for paper and proxy ballots) submits it.
 *
 * @param choice   AGREE, OPPOSE or ABSTAIN, for a matter
 * @param choices  for an election: candidate id to AGREE, OPPOSE or ABSTAIN; an unmarked candidate is an abstention
 * @param voterKey which voter to cast for, needed only when the owner votes for more than one (their own units
 *                 and a co-owned unit they were designated for)
 */
public record CastRequest(String choice, Map<Long, String> choices, String voterKey) {
}
