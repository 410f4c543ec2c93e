package cn.shangliang.assembly;

import cn.shangliang.assembly.rules.MatterType;

import java.time.Instant;
import java.util.List;

/**
 * What staff fill in to prepare a decision (the page form and the JSON request alike).
 *
 * @param candidates for an owners' committee election, the candidates' names in ballot order
 * @param seats      for an election, the seats to fill
 * @param proxyCap   the most owners one proxy may represent; null for no cap
 */
public record DecisionForm(Long estateId, String title, String text, String attachments, MatterType matterType,
                           List<String> candidates, Integer seats, Instant opensAt, Instant closesAt,
                           Boolean parkingCounts, Integer proxyCap, Boolean silentClause, String silentCitation) {
}
