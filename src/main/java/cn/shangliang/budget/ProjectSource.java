package cn.shangliang.budget;

/** How a proposal reached us: online, collected on paper and entered by staff, or imported from a .pb file. */
public enum ProjectSource {
    ONLINE, PAPER, IMPORTED;

    /** Collected on paper (the pages mark it so). */
    public boolean onPaper() {
        return this == PAPER;
    }
}
