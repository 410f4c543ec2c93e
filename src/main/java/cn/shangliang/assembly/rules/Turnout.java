package cn.shangliang.assembly.rules;

/** Who has taken part so far, against the quorum; published while voting, so it holds no choice. */
public record Turnout(Weight total, Weight participating, Weight minimum, Quorum quorum) {
}
