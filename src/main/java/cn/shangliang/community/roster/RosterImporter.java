package cn.shangliang.community.roster;

import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.community.CommunityAccess;
import cn.shangliang.community.Estate;
import cn.shangliang.community.EstateTotals;
import cn.shangliang.community.IdentityHasher;
import cn.shangliang.community.IdentityNumber;
import cn.shangliang.community.OwnerKind;
import cn.shangliang.community.roster.RosterStore.OwnerRow;
import cn.shangliang.community.roster.RosterStore.Share;
import cn.shangliang.community.roster.RosterStore.UnitRow;
import cn.shangliang.identity.CurrentUser;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports an estate's roster in one transaction: every row is checked first and any bad row refuses the whole
 * file; then units are created or updated by (building, unit number), so importing the same file twice changes
 * nothing. Identity numbers are hashed and masked here and go no further.
 */
@ApplicationScoped
public class RosterImporter {

    /** What an import did, and the estate's totals afterwards. */
    public record Result(int rows, int unitsCreated, int unitsUpdated, int unitsUnchanged, int ownersCreated,
                         int ownersUpdated, EstateTotals.Totals totals, long millis) {
    }

    private static final int PROGRESS_STEP = 1000;

    @Inject
    CommunityAccess access;

    @Inject
    IdentityHasher hasher;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EstateTotals estateTotals;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Transactional
    public Result importFile(long estateId, byte[] content, String sheet) {
        Estate estate = access.lockEstate(estateId);
        Result result = load(estate, content, sheet, RosterProgress.NONE);
        audit.record(user.auditName(), "community.roster-import", "estate", estate.id, summary(result));
        return result;
    }

    /** The import without an access check, for the demo seeding that runs before anyone logs in. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Result load(Estate estate, byte[] content, String actor) {
        return load(estate, content, null, RosterProgress.NONE);
    }

    /**
     * The import without an access check, telling {@code progress} how far it has come (page uploads);
     * {@code sheetName} chooses the XLSX sheet (see {@link RosterReader#read(byte[], String)}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Result load(Estate estate, byte[] content, String sheetName, RosterProgress progress) {
        long start = System.nanoTime();
        RosterSheet sheet = RosterReader.read(content, sheetName);
        progress.read(sheet.rows().size());
        RosterParser.Result parsed = RosterParser.parse(sheet.rows());
        List<RowError> errors = new ArrayList<>(sheet.fileErrors());
        errors.addAll(parsed.errors());
        if (errors.isEmpty() && parsed.lines().isEmpty()) {
            errors.add(new RowError(2, RosterReason.of("roster.no-rows")));
        }
        IdentityHasher.Bulk bulk = hasher.hasher();
        Map<String, String> hashes = new HashMap<>();
        for (RosterLine line : parsed.lines()) {
            for (RosterLine.Entry e : line.owners()) {
                hashes.computeIfAbsent(e.identity(), bulk::hash);
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            RosterStore store = new RosterStore(connection, estate.id);
            Map<String, OwnerRow> owners = store.owners();
            errors.addAll(developerProblems(parsed.lines(), owners, hashes));
            if (!errors.isEmpty()) {
                Collections.sort(errors);
                throw new RosterRejected(errors);
            }
            Counts counts = write(store, parsed.lines(), owners, hashes, progress);
            EstateTotals.Totals totals = estateTotals.of(estate);
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new Result(parsed.lines().size(), counts.unitsCreated, counts.unitsUpdated, counts.unitsUnchanged,
                    counts.ownersCreated, counts.ownersUpdated, totals, millis);
        } catch (SQLException e) {
            throw new IllegalStateException("roster import into estate " + estate.id + " failed", e);
        }
    }

    static String summary(Result r) {
        return "rows=" + r.rows() + " units+" + r.unitsCreated() + " ~" + r.unitsUpdated() + " owners+"
                + r.ownersCreated() + " ~" + r.ownersUpdated() + " headcount=" + r.totals().headcount()
                + " area=" + r.totals().totalArea();
    }

    /**
     * A unit sold but not yet delivered still counts for the developer (SPC Art. 9), so the estate must have
     * exactly one developer, in the file or already on record.
     */
    private static List<RowError> developerProblems(List<RosterLine> lines, Map<String, OwnerRow> owners,
                                                    Map<String, String> hashes) {
        Set<String> developers = new HashSet<>();
        owners.forEach((hash, o) -> {
            if (o.kind() == OwnerKind.DEVELOPER) {
                developers.add(hash);
            }
        });
        for (RosterLine line : lines) {
            String hash = hashes.get(line.owner().identity());
            if (line.owner().kind() == OwnerKind.DEVELOPER) {
                developers.add(hash);
            } else {
                developers.remove(hash);
            }
        }
        List<RowError> errors = new ArrayList<>();
        if (developers.size() != 1) {
            RosterReason reason = RosterReason.of(developers.isEmpty()
                    ? "roster.developer-missing" : "roster.developer-ambiguous");
            for (RosterLine line : lines) {
                if (line.awaitingDelivery()) {
                    errors.add(new RowError(line.line(), reason));
                }
            }
        }
        return errors;
    }

    private static final class Counts {
        int unitsCreated;
        int unitsUpdated;
        int unitsUnchanged;
        int ownersCreated;
        int ownersUpdated;
    }

    private static Counts write(RosterStore store, List<RosterLine> lines, Map<String, OwnerRow> known,
                                Map<String, String> hashes, RosterProgress progress) throws SQLException {
        Counts counts = new Counts();
        Map<String, Long> buildings = store.buildings();
        Set<String> newBuildings = new LinkedHashSet<>();
        for (RosterLine line : lines) {
            if (!buildings.containsKey(line.building())) {
                newBuildings.add(line.building());
            }
        }
        store.insertBuildings(List.copyOf(newBuildings));
        if (!newBuildings.isEmpty()) {
            buildings = store.buildings();
        }

        writeOwners(store, lines, known, hashes, counts);
        Map<String, OwnerRow> owners = store.owners();

        Map<String, UnitRow> units = store.units();
        Map<Long, List<Share>> shares = store.shares();
        List<UnitRow> inserts = new ArrayList<>();
        List<UnitRow> updates = new ArrayList<>();
        Set<String> changedShares = new HashSet<>();
        Set<String> createdUnits = new HashSet<>();
        for (RosterLine line : lines) {
            long buildingId = buildings.get(line.building());
            String key = RosterStore.unitKey(buildingId, line.number());
            UnitRow existing = units.get(key);
            UnitRow wanted = new UnitRow(existing == null ? 0 : existing.id(), buildingId, line.number(), line.area(),
                    line.areaSource(), line.parking(), line.delivered());
            if (existing == null) {
                inserts.add(wanted);
                createdUnits.add(key);
                counts.unitsCreated++;
            } else {
                boolean unitChanged = existing.area().compareTo(wanted.area()) != 0 || existing.source() != wanted.source()
                        || existing.parking() != wanted.parking() || existing.delivered() != wanted.delivered();
                boolean sharesChanged = !Set.copyOf(shares.getOrDefault(existing.id(), List.of()))
                        .equals(Set.copyOf(wantedShares(line, owners, hashes)));
                if (unitChanged) {
                    updates.add(wanted);
                }
                if (sharesChanged) {
                    changedShares.add(key);
                }
                if (unitChanged || sharesChanged) {
                    counts.unitsUpdated++;
                } else {
                    counts.unitsUnchanged++;
                }
            }
        }
        writeUnits(store, inserts, updates, counts.unitsUnchanged, progress);
        if (!inserts.isEmpty()) {
            units = store.units();
        }

        List<Long> cleared = new ArrayList<>();
        List<RosterStore.NewShare> newShares = new ArrayList<>();
        for (RosterLine line : lines) {
            String key = RosterStore.unitKey(buildings.get(line.building()), line.number());
            UnitRow unit = units.get(key);
            if (changedShares.contains(key)) {
                cleared.add(unit.id());
            }
            if (changedShares.contains(key) || createdUnits.contains(key)) {
                for (Share s : wantedShares(line, owners, hashes)) {
                    newShares.add(new RosterStore.NewShare(unit.id(), s.ownerId(), s.designated()));
                }
            }
        }
        store.deleteShares(cleared);
        store.insertShares(newShares);
        return counts;
    }

    /** One row is one unit, so the units written (and those left unchanged) are the rows done. */
    private static void writeUnits(RosterStore store, List<UnitRow> inserts, List<UnitRow> updates, int unchanged,
                                   RosterProgress progress) throws SQLException {
        int done = unchanged;
        progress.written(done);
        for (int from = 0; from < inserts.size(); from += PROGRESS_STEP) {
            List<UnitRow> chunk = inserts.subList(from, Math.min(inserts.size(), from + PROGRESS_STEP));
            store.insertUnits(chunk);
            done += chunk.size();
            progress.written(done);
        }
        for (int from = 0; from < updates.size(); from += PROGRESS_STEP) {
            List<UnitRow> chunk = updates.subList(from, Math.min(updates.size(), from + PROGRESS_STEP));
            store.updateUnits(chunk);
            done += chunk.size();
            progress.written(done);
        }
    }

    private static List<Share> wantedShares(RosterLine line, Map<String, OwnerRow> owners, Map<String, String> hashes) {
        List<Share> wanted = new ArrayList<>(line.owners().size());
        for (int i = 0; i < line.owners().size(); i++) {
            long ownerId = owners.get(hashes.get(line.owners().get(i).identity())).id();
            wanted.add(new Share(ownerId, i == line.designated()));
        }
        return wanted;
    }

    private static void writeOwners(RosterStore store, List<RosterLine> lines, Map<String, OwnerRow> known,
                                    Map<String, String> hashes, Counts counts) throws SQLException {
        Map<String, RosterLine.Entry> wanted = new LinkedHashMap<>();
        Map<String, String> phones = new HashMap<>();
        for (RosterLine line : lines) {
            for (RosterLine.Entry e : line.owners()) {
                String hash = hashes.get(e.identity());
                wanted.putIfAbsent(hash, e);
                if (e.phone() != null) {
                    phones.putIfAbsent(hash, e.phone());
                }
            }
        }
        List<RosterStore.NewOwner> inserts = new ArrayList<>();
        List<OwnerRow> updates = new ArrayList<>();
        wanted.forEach((hash, e) -> {
            OwnerRow existing = known.get(hash);
            String masked = IdentityNumber.mask(e.identity());
            if (existing == null) {
                inserts.add(new RosterStore.NewOwner(hash, e.kind(), e.name(), masked, phones.get(hash)));
            } else {
                OwnerRow updated = new OwnerRow(existing.id(), e.kind(), e.name(), masked,
                        phones.getOrDefault(hash, existing.phone()));
                if (!updated.equals(existing)) {
                    updates.add(updated);
                }
            }
        });
        store.insertOwners(inserts);
        store.updateOwners(updates);
        counts.ownersCreated = inserts.size();
        counts.ownersUpdated = updates.size();
    }
}
