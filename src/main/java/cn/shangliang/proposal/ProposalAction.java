package cn.shangliang.proposal;

import cn.shangliang.common.rules.Labelled;

public enum ProposalAction implements Labelled {
    SUBMIT,
    COSIGN,
    REVIEW,
    SCHEDULE;
}
