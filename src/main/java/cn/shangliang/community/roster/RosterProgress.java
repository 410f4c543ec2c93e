package cn.shangliang.community.roster;

/** Told how far an import has come, so a page can show it; the import itself never depends on it. */
public interface RosterProgress {

    RosterProgress NONE = new RosterProgress() {
        @Override
        public void read(int totalRows) {
        }

        @Override
        public void written(int rows) {
        }
    };

    /** The file is read and has this many data rows; checking them begins. */
    void read(int totalRows);

    /** Every row is valid and this many of them are written so far. */
    void written(int rows);
}
