package cn.shangliang.assembly;

import cn.shangliang.common.web.FieldPrefix;

import java.util.Map;

/**
 * A ballot as an owner (or staff, for paper and proxy ballots) submits it.
 *
 * @param choice   AGREE, OPPOSE or ABSTAIN, for a matter
 * @param choices  for an election: candidate id to AGREE, OPPOSE or ABSTAIN; an unmarked candidate is an abstention
 *                 (a page sends one field a candidate, {@code choice_<candidate id>})
 * @param voterKey which voter to cast for, needed only when the owner votes for more than one (their own units
 *                 and a co-owned unit they were designated for)
 */
public record CastRequest(String choice, @FieldPrefix("choice_") Map<Long, String> choices, String voterKey) {
}
