package cn.shangliang.common.export;

import java.util.Locale;
import java.util.Optional;

/** The two table formats every export offers: CSV for any program, XLSX for Excel and WPS. */
public enum ExportFormat {
    CSV("csv", "text/csv;charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format named by a {@code format} query parameter; XLSX when none is given. */
    public static Optional<ExportFormat> parse(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(XLSX);
        }
        for (ExportFormat f : values()) {
            if (f.extension.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
