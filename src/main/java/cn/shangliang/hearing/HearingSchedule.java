package cn.shangliang.hearing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates and the selection method announced with the hearing. Registration runs from
 * {@code registrationOpens} through {@code registrationCloses} (both inclusive); the lottery fixes the list on
 * {@code participantsFixedOn}; {@code seedSource} says in advance where the lottery seed will come from.
 */
public record HearingSchedule(LocalDate registrationOpens, LocalDate registrationCloses, LocalDate participantsFixedOn,
                              LocalDate hearingDate, String seedSource) {
    public HearingSchedule {
        Objects.requireNonNull(registrationOpens);
        Objects.requireNonNull(registrationCloses);
        Objects.requireNonNull(participantsFixedOn);
        Objects.requireNonNull(hearingDate);
    }
}
