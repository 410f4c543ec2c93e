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
 *
 * Whether parking spaces count and the silent-owners clause are the estate's rules, not the decision's: they are
 * set on the estate (with their clause) and copied into the decision when its notice is published (issue 18).
 */
public record DecisionForm(Long estateId, String title, String text, String attachments, MatterType matterType,
                           List<String> candidates, Integer seats, Instant opensAt, Instant closesAt,
                           Integer proxyCap) {
}
