package cn.ipcity.generator;

import cn.ipcity.common.ChineseCodes;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates one city: its universities and institutes, then county by county its holders (enterprises with
 * Zipf-like portfolio sizes, individuals), each holder’s patents with their legal events, trademarks,
 * copyrights and designations, written as soon as the holder is done; finally the city’s GI products and
 * their authorised users, plant varieties and layout designs. Only bounded pools of names stay in memory.
 */
final class CityGenerator {

    private static final int POOL = 400;
    private static final LocalDate OPEN_LICENCE_START = LocalDate.of(2024, 1, 20);
    private static final String[] OTHER_CITIES = {"1101", "3101", "4403", "3205", "3301", "3702", "3701", "3707"};

    private final ReferenceData ref;
    private final Output out;
    private final Codes codes;
    private final Names names;
    private final SplittableRandom random;
    private final ReferenceData.City city;
    private final String cityShort;
    private final double volume;
    private final Volumes.Volume realistic;
    private final double[] cityTypeTotals;
    private final double[] enterpriseMix;
    private final double[][] yearWeights = new double[3][];
    private final double[] industryWeights;
    private final String[] banks;

    private final List<Party> pool = new ArrayList<>();
    private final List<Party> universities = new ArrayList<>();
    private final List<Party> giCandidates = new ArrayList<>();
    private final List<Party> electronics = new ArrayList<>();
    private final List<Party> institutes = new ArrayList<>();
    private final List<Party> areaEnterprises = new ArrayList<>();
    /**
     * Name and address of each individual of the city: the importer knows a holder without a credit code by the
     * two, so two different people must not share both (in large cities a common name at the same street
     * number would otherwise come up a few times and be rejected as a duplicate row).
     */
    private final Set<String> individualKeys = new HashSet<>();

    private long poolTurn;

    CityGenerator(
            ReferenceData ref,
            Output out,
            Codes codes,
            Names names,
            SplittableRandom random,
            Volumes volumes,
            Scope.CityPlan plan) {
        this.ref = ref;
        this.out = out;
        this.codes = codes;
        this.names = names;
        this.random = random;
        this.city = ref.city(plan.cityCode());
        this.volume = plan.volume();
        this.realistic = volumes.of(plan.cityCode());
        String name = city.name().equals("市辖区") || city.name().equals("县")
                ? ref.provinceName(city.provinceCode())
                : city.name();
        this.cityShort = Names.shortName(name.replace("省直辖县级行政区划", "").replace("自治区直辖县级行政区划", ""));
        this.cityTypeTotals = Calibration.typeTotals(realistic.inventionFilings());
        this.enterpriseMix = Calibration.enterpriseMix(cityTypeTotals);
        for (Lifecycle.Type type : Lifecycle.Type.values()) {
            yearWeights[type.ordinal()] = Calibration.yearWeights(type);
        }
        this.industryWeights = Industries.weights(city.code());
        this.banks = Industries.banks(city.code(), cityShort);
    }

    void run() {
        double totalFilings = (cityTypeTotals[0] + cityTypeTotals[1] + cityTypeTotals[2]) * volume;
        double cap = Math.max(20, totalFilings * 0.03);
        anchors(totalFilings);
        double areaWeightSum = 0;
        for (ReferenceData.Area area : city.areas()) {
            areaWeightSum += Volumes.areaWeight(area);
        }
        double holderShare = 1 - Calibration.UNIVERSITY_SHARE - Calibration.INSTITUTE_SHARE;
        double individualWithin = Calibration.INDIVIDUAL_SHARE / holderShare;
        for (ReferenceData.Area area : city.areas()) {
            double share = Volumes.areaWeight(area) / areaWeightSum;
            areaEnterprises.clear();
            double budget = totalFilings * holderShare * share;
            double individualVolume = 0;
            double enterpriseVolume = 0;
            double trademarks = realistic.trademarks() * volume * share;
            while (budget > 0) {
                Party holder;
                int size;
                if (individualVolume < individualWithin * (individualVolume + enterpriseVolume + 1)) {
                    size = 1 + (random.nextDouble() < 0.3 ? 1 : 0) + (random.nextDouble() < 0.1 ? 1 : 0);
                    holder = individual(area);
                    individualVolume += size;
                } else {
                    size = (int) Math.min(cap, Math.floor(Math.pow(random.nextDouble(), -1 / 1.3)));
                    holder = enterprise(area, pickIndustry(), size >= 200);
                    enterpriseVolume += size;
                }
                budget -= size;
                trademarks -= portfolio(holder, size);
            }
            while (trademarks > 0) {
                int size = (int) Math.min(2000, Math.floor(Math.pow(random.nextDouble(), -1 / 1.6)));
                Party holder = random.nextDouble() < 0.75 ? enterprise(area, pickIndustry(), false) : individual(area);
                trademarks -= trademarks(holder, size, false);
            }
            copyrights(area, share);
        }
        geographicalIndications();
        plantVarieties();
        layoutDesigns();
    }

    // ---------------------------------------------------------------- parties

    private Industry pickIndustry() {
        return Industry.values()[Calibration.pick(random, industryWeights)];
    }

    private Party enterprise(ReferenceData.Area area, Industry industry, boolean large) {
        String region = region(area);
        Names.Address address = names.address(ref, area, 0.03, 0.02);
        String name = names.company(region, industry, large);
        Party p = new Party(
                name,
                codes.creditCode("91", area.code()),
                Party.Kind.ENTERPRISE,
                address.text(),
                area.code(),
                codeColumn(address, area.code()),
                "CN",
                industry);
        out.write(ImportFormat.PARTY, p.row());
        remember(p);
        return p;
    }

    private String region(ReferenceData.Area area) {
        String n = area.name();
        boolean county = (n.endsWith("市") || n.endsWith("县")) && !n.contains("开发区");
        return county && random.nextDouble() < 0.6 ? Names.shortName(n) : cityShort;
    }

    /** 区划代码 is left empty for 30% of holders, so that the importer attributes them from the address. */
    private String codeColumn(Names.Address address, String areaCode) {
        return !address.hasCounty() || random.nextDouble() < 0.7 ? areaCode : "";
    }

    Party individual(ReferenceData.Area area) {
        Names.Address address = names.address(ref, area, 0.03, 0.02);
        String name = names.person();
        while (!individualKeys.add(name + '\u0001' + address.text())) {
            name = names.person();
        }
        Party p = new Party(
                name,
                "",
                Party.Kind.INDIVIDUAL,
                address.text(),
                area.code(),
                !address.hasCounty() || random.nextDouble() < 0.5 ? area.code() : "",
                "CN",
                pickIndustry());
        out.write(ImportFormat.PARTY, p.row());
        return p;
    }

    private void remember(Party p) {
        if (pool.size() < POOL) {
            pool.add(p);
        } else {
            pool.set((int) (poolTurn++ % POOL), p);
        }
        if (areaEnterprises.size() < 2000) {
            areaEnterprises.add(p);
        }
        Industry i = p.industry();
        if ((i == Industry.AGRICULTURE
                        || i == Industry.MARINE
                        || i == Industry.WINE
                        || i == Industry.CERAMICS
                        || i == Industry.MARINE_BIO)
                && giCandidates.size() < 80) {
            giCandidates.add(p);
        }
        if ((i == Industry.ELECTRONICS || i == Industry.PRINTER) && electronics.size() < 80) {
            electronics.add(p);
        }
    }

    private Party fromPool() {
        return pool.isEmpty() ? null : pool.get(random.nextInt(pool.size()));
    }

    /** A new holder or licensee: most nearby, some in other cities and provinces, a few abroad. */
    private Party counterpart(Party from, Industry industry) {
        double r = random.nextDouble();
        Party known = fromPool();
        if (r < 0.40 && known != null && known != from) {
            return known;
        }
        if (r < 0.65) {
            return enterprise(city.areas().get(random.nextInt(city.areas().size())), industry, false);
        }
        if (r < 0.94) {
            String code = r < 0.82
                    ? ref.citiesOf("37")
                            .get(random.nextInt(ref.citiesOf("37").size()))
                            .code()
                    : OTHER_CITIES[random.nextInt(OTHER_CITIES.length)];
            ReferenceData.City other = ref.city(code);
            ReferenceData.Area area =
                    other.areas().get(random.nextInt(other.areas().size()));
            String name = other.name().equals("市辖区") ? ref.provinceName(other.provinceCode()) : other.name();
            Names.Address address = names.address(ref, area, 0, 0);
            Party p = new Party(
                    names.company(Names.shortName(name), industry, false),
                    codes.creditCode("91", area.code()),
                    Party.Kind.ENTERPRISE,
                    address.text(),
                    area.code(),
                    area.code(),
                    "CN",
                    industry);
            out.write(ImportFormat.PARTY, p.row());
            return p;
        }
        Party foreign = names.foreign(industry);
        out.write(ImportFormat.PARTY, foreign.row());
        return foreign;
    }

    private void anchors(double totalFilings) {
        List<Industries.Anchor> anchors =
                Industries.anchors(city.code(), cityShort, city.areas().get(0).code());
        double universityWeight = 0;
        double instituteWeight = 0;
        for (Industries.Anchor a : anchors) {
            if (a.kind() == Party.Kind.UNIVERSITY) {
                universityWeight += a.weight();
            } else {
                instituteWeight += a.weight();
            }
        }
        for (Industries.Anchor a : anchors) {
            ReferenceData.Area area = ref.area(a.areaCode());
            String address = a.address() != null
                    ? a.address()
                    : names.address(ref, area, 0, 0).text();
            Party p = new Party(
                    a.name(),
                    codes.creditCode("12", a.areaCode()),
                    a.kind(),
                    address,
                    a.areaCode(),
                    a.areaCode(),
                    "CN",
                    a.industry());
            out.write(ImportFormat.PARTY, p.row());
            if (a.kind() == Party.Kind.UNIVERSITY) {
                universities.add(p);
            } else {
                institutes.add(p);
            }
            double share = a.kind() == Party.Kind.UNIVERSITY
                    ? Calibration.UNIVERSITY_SHARE * a.weight() / universityWeight
                    : Calibration.INSTITUTE_SHARE * a.weight() / instituteWeight;
            int size = (int) Math.round(totalFilings * share);
            portfolio(p, size);
        }
    }

    // ---------------------------------------------------------------- patents

    /** Generates and writes a holder’s patents (with events), trademarks, copyrights, designations; returns marks written. */
    private int portfolio(Party holder, int size) {
        double[] mix =
                switch (holder.kind()) {
                    case UNIVERSITY -> Calibration.UNIVERSITY_MIX;
                    case INSTITUTE -> Calibration.INSTITUTE_MIX;
                    case INDIVIDUAL -> Calibration.INDIVIDUAL_MIX;
                    default -> enterpriseMix;
                };
        List<Draft> drafts = new ArrayList<>(Math.min(size, 4096));
        for (int i = 0; i < size; i++) {
            Lifecycle.Type type = Lifecycle.Type.values()[Calibration.pick(random, mix)];
            LocalDate filing = Calibration.filingDate(random, yearWeights[type.ordinal()]);
            Lifecycle life = Lifecycle.simulate(random, type, filing, holder.kind());
            if (life.published()) {
                drafts.add(new Draft(life, codes.applicationNumber(filing.getYear(), type.digit), holder));
            }
        }
        List<String> marks = new ArrayList<>();
        int tmCount = 0;
        if (holder.kind() == Party.Kind.ENTERPRISE && random.nextDouble() < 0.7) {
            tmCount = (int) Math.min(2000, Math.floor(size * 0.4 * Math.exp(random.nextGaussian() * 0.8)));
        } else if (holder.kind() == Party.Kind.INDIVIDUAL && random.nextDouble() < 0.1) {
            tmCount = 1;
        }
        int written = trademarks(holder, tmCount, size >= 300, marks);
        for (Draft d : drafts) {
            applicants(d, size);
            transfers(d);
            licences(d);
            family(d, size);
            award(d, size);
        }
        if (holder.kind() == Party.Kind.ENTERPRISE) {
            pledges(holder, drafts, marks);
            designations(holder, drafts.size());
            if (holder.industry() == Industry.ELECTRONICS || holder.industry() == Industry.PRINTER) {
                software(holder, (int) Math.round(size * 0.3 * random.nextDouble()));
            }
        }
        for (Draft d : drafts) {
            writePatent(d);
        }
        return written;
    }

    /** A patent being assembled: its lifecycle plus who holds it and what is written in the export row. */
    private static final class Draft {
        final Lifecycle life;
        final String number;
        final Party holder;
        String applicants;
        String applicantAddress;
        String holders;
        Party first;
        LocalDate firstTransfer;
        LocalDate pledgedUntil = LocalDate.MIN;
        String family = "";
        String award = "";

        Draft(Lifecycle life, String number, Party holder) {
            this.life = life;
            this.number = number;
            this.holder = holder;
            this.applicants = holder.name();
            this.applicantAddress = holder.address();
            this.holders = holder.name();
            this.first = holder;
        }
    }

    private void applicants(Draft d, int size) {
        Party holder = d.holder;
        if (holder.kind() == Party.Kind.ENTERPRISE && d.life.type == Lifecycle.Type.INVENTION) {
            double r = random.nextDouble();
            if (r < 0.01 && d.life.grant != null) {
                // bought from a foreign holder: applied for abroad, transferred to the local holder after grant
                Party foreign = names.foreign(holder.industry());
                out.write(ImportFormat.PARTY, foreign.row());
                d.applicants = foreign.name();
                d.applicantAddress = foreign.address();
                d.holders = foreign.name();
                d.first = foreign;
                LocalDate date = Lifecycle.tuesday(d.life.grant.plusDays(60 + random.nextInt(900)));
                if (!date.isAfter(Calibration.END) && d.life.validAt(date)) {
                    transfer(d, date, holder);
                }
                return;
            }
            if (r < 0.09) {
                Party co = !universities.isEmpty() && random.nextDouble() < 0.5
                        ? universities.get(random.nextInt(universities.size()))
                        : fromPool();
                if (co != null && co != holder) {
                    d.applicants = holder.name() + ";" + co.name();
                    d.holders = d.applicants;
                }
            }
        } else if (holder.kind() == Party.Kind.UNIVERSITY && random.nextDouble() < 0.1) {
            Party co = fromPool();
            if (co != null) {
                d.applicants = holder.name() + ";" + co.name();
                d.holders = d.applicants;
            }
        }
    }

    private void transfer(Draft d, LocalDate date, Party to) {
        d.life.insert(new Lifecycle.Event(Lifecycle.Kind.TRANSFER, date, to.name(), "", "", 0, ""));
        d.holders = to.name();
        d.first = to;
        if (d.firstTransfer == null) {
            d.firstTransfer = date;
        }
    }

    private LocalDate dateInForce(Draft d, LocalDate from) {
        LocalDate last = d.life.lastValidDate();
        if (from.isAfter(last)) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(from, last);
        LocalDate date = Lifecycle.tuesday(from.plusDays(days <= 0 ? 0 : random.nextLong(days + 1)));
        return !date.isAfter(Calibration.END) && d.life.validAt(date) ? date : null;
    }

    private void transfers(Draft d) {
        if (d.life.grant == null || d.firstTransfer != null || d.first != d.holder) {
            return;
        }
        double p =
                switch (d.holder.kind()) {
                    case UNIVERSITY -> 0.10;
                    case INDIVIDUAL -> 0.10;
                    case INSTITUTE -> 0.06;
                    default -> d.life.type == Lifecycle.Type.INVENTION ? 0.06 : 0.03;
                };
        if (random.nextDouble() >= p) {
            return;
        }
        LocalDate date = dateInForce(d, d.life.grant.plusDays(60));
        if (date == null) {
            return;
        }
        Party to = counterpart(d.holder, d.holder.industry());
        transfer(d, date, to);
        if (d.holder.kind() == Party.Kind.UNIVERSITY || random.nextDouble() < 0.2) {
            techContract(d.holder, to, date, d.number);
        }
        if (random.nextDouble() < 0.08) {
            LocalDate second = dateInForce(d, date.plusDays(90));
            if (second != null && second.isAfter(date)) {
                transfer(d, second, counterpart(to, d.holder.industry()));
            }
        }
    }

    private void licences(Draft d) {
        if (d.life.grant == null || d.life.type == Lifecycle.Type.DESIGN) {
            return;
        }
        Party.Kind kind = d.holder.kind();
        double licence = kind == Party.Kind.UNIVERSITY ? 0.05 : kind == Party.Kind.INSTITUTE ? 0.04 : 0.015;
        if (random.nextDouble() < licence) {
            LocalDate date = dateInForce(d, d.life.grant.plusDays(30));
            if (date != null && (d.firstTransfer == null || date.isBefore(d.firstTransfer))) {
                double r = random.nextDouble();
                String type = r < 0.25 ? "独占" : r < 0.40 ? "排他" : "普通";
                Party licensee = counterpart(d.holder, d.holder.industry());
                d.life.insert(new Lifecycle.Event(Lifecycle.Kind.LICENCE, date, "", type, licensee.name(), 0, ""));
                if (random.nextDouble() < 0.4) {
                    techContract(d.holder, licensee, date, d.number);
                }
            }
        }
        double open = kind == Party.Kind.UNIVERSITY ? 0.08 : kind == Party.Kind.INSTITUTE ? 0.05 : 0.006;
        if (random.nextDouble() < open) {
            LocalDate from = d.life.grant.isAfter(OPEN_LICENCE_START) ? d.life.grant : OPEN_LICENCE_START;
            LocalDate date = dateInForce(d, from.plusDays(7));
            if (date != null && (d.firstTransfer == null || date.isBefore(d.firstTransfer))) {
                d.life.insert(new Lifecycle.Event(Lifecycle.Kind.OPEN_LICENCE, date, "", "开放许可", "", 0, ""));
                if (random.nextDouble() < 0.25) {
                    LocalDate used = Lifecycle.tuesday(date.plusDays(30 + random.nextInt(270)));
                    if (!used.isAfter(Calibration.END)
                            && d.life.validAt(used)
                            && (d.firstTransfer == null || used.isBefore(d.firstTransfer))) {
                        Party licensee = counterpart(d.holder, d.holder.industry());
                        d.life.insert(
                                new Lifecycle.Event(Lifecycle.Kind.LICENCE, used, "", "开放许可", licensee.name(), 0, ""));
                    }
                }
            }
        }
    }

    private void techContract(Party seller, Party buyer, LocalDate date, String patents) {
        double amount = Math.max(1, Math.round(Math.exp(Math.log(30) + random.nextGaussian() * 1.2)));
        String number = date.getYear() + seller.areaCode() + pad(codes.nextContract(), 6);
        out.write(
                ImportFormat.TECH_CONTRACT,
                number,
                date.toString(),
                seller.name(),
                buyer.name(),
                Long.toString((long) amount),
                patents,
                seller.areaCode());
    }

    private void family(Draft d, int size) {
        if (d.life.type != Lifecycle.Type.INVENTION || d.holder.kind() == Party.Kind.INDIVIDUAL) {
            return;
        }
        double p = d.holder.kind() == Party.Kind.ENTERPRISE ? (size >= 100 ? 0.10 : 0.015) : 0.03;
        if (random.nextDouble() >= p) {
            return;
        }
        String[] offices = {"US", "EP", "JP", "KR"};
        double[] weights = {0.45, 0.25, 0.15, 0.15};
        int members = 1 + (random.nextDouble() < 0.35 ? 1 : 0) + (random.nextDouble() < 0.15 ? 1 : 0);
        boolean[] used = new boolean[4];
        StringBuilder b = new StringBuilder();
        int year = d.life.filing.getYear() + 1;
        for (int m = 0; m < members; m++) {
            int o = Calibration.pick(random, weights);
            if (used[o]) {
                continue;
            }
            used[o] = true;
            boolean granted = random.nextDouble() < (year <= 2022 ? 0.6 : 0.25);
            if (b.length() > 0) {
                b.append(';');
            }
            b.append(memberNumber(offices[o], year, granted)).append(granted ? "(授权)" : "(审中)");
        }
        d.family = b.toString();
    }

    private String memberNumber(String office, int year, boolean granted) {
        int serial = random.nextInt(1_000_000);
        return switch (office) {
            case "US" ->
                granted
                        ? "US" + (7_000_000 + (year - 2005) * 230_000 + random.nextInt(230_000)) + "B2"
                        : "US" + Math.min(year + 1, 2026) + pad(serial, 7) + "A1";
            case "EP" -> "EP" + (1_800_000 + (year - 2005) * 90_000 + random.nextInt(90_000)) + (granted ? "B1" : "A1");
            case "JP" ->
                granted
                        ? "JP" + (4_000_000 + (year - 2005) * 170_000 + random.nextInt(170_000)) + "B2"
                        : "JP" + Math.min(year + 1, 2026) + "-" + pad(serial, 6) + "A";
            default ->
                granted
                        ? "KR10" + (800_000 + (year - 2005) * 100_000 + random.nextInt(100_000)) + "B1"
                        : "KR10" + Math.min(year + 1, 2026) + "0" + pad(serial, 6) + "A";
        };
    }

    private void award(Draft d, int size) {
        if (d.life.type != Lifecycle.Type.INVENTION || d.life.grant == null || size < 30) {
            return;
        }
        double r = random.nextDouble();
        int year = d.life.grant.getYear() + 2 + random.nextInt(5);
        if (year > 2025) {
            return;
        }
        if (r < 0.004 && year >= 2008) {
            double level = random.nextDouble();
            d.award = "第" + Industries.chineseNumber(year - 1999) + "届中国专利"
                    + (level < 0.06 ? "金奖" : level < 0.18 ? "银奖" : "优秀奖");
        } else if (r < 0.0048) {
            d.award = random.nextDouble() < 0.7 ? "国家科学技术进步奖二等奖" : "国家技术发明奖二等奖";
        }
    }

    /**
     * Pledge financing: in a year the chance that an enterprise pledges grows with its valid patents and with the
     * spread of pledge financing; one contract pledges several patents (and sometimes marks) to one bank.
     */
    private void pledges(Party holder, List<Draft> drafts, List<String> marks) {
        if (drafts.isEmpty()) {
            return;
        }
        for (int year = 2008; year <= Calibration.LAST_YEAR; year++) {
            double spread = Math.min(1, 0.1 + (year - 2008) * 0.08);
            LocalDate date = Lifecycle.tuesday(LocalDate.of(year, 1, 1).plusDays(random.nextInt(358)));
            if (date.isAfter(Calibration.END)) {
                continue;
            }
            List<Draft> candidates = new ArrayList<>();
            for (Draft d : drafts) {
                if (d.first == holder
                        && d.life.validAt(date)
                        && d.pledgedUntil.isBefore(date)
                        && (d.firstTransfer == null || d.firstTransfer.isAfter(date))) {
                    candidates.add(d);
                }
            }
            if (candidates.isEmpty()
                    || random.nextDouble()
                            >= Math.min(0.6, 1 - Math.exp(-Calibration.PLEDGE_RATE * candidates.size() * spread))) {
                continue;
            }
            int items = Math.min(candidates.size(), 1 + random.nextInt(Math.min(10, candidates.size())));
            LocalDate release = date.plusDays(365 + random.nextInt(730));
            long amountWan =
                    Math.max(20, Math.round(Math.exp(Math.log(300) + random.nextGaussian()) * (1 + items / 3.0)));
            String bank = banks[random.nextInt(banks.length)];
            StringBuilder objects = new StringBuilder();
            List<Draft> chosen = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                chosen.add(candidates.remove(random.nextInt(candidates.size())));
            }
            long each = amountWan * 10_000 / items;
            long first = amountWan * 10_000 - each * (items - 1);
            for (int i = 0; i < chosen.size(); i++) {
                Draft d = chosen.get(i);
                long amount = i == 0 ? first : each;
                d.life.insert(new Lifecycle.Event(Lifecycle.Kind.PLEDGE, date, "", "", "", amount, bank));
                LocalDate end = release;
                LocalDate last = d.life.lastValidDate();
                if (d.firstTransfer != null && d.firstTransfer.minusDays(7).isBefore(end)) {
                    end = d.firstTransfer.minusDays(7);
                }
                if (last.isBefore(end)) {
                    end = last;
                }
                end = Lifecycle.tuesday(end.minusDays(6));
                if (end.isAfter(date) && !end.isAfter(Calibration.END) && d.life.validAt(end)) {
                    d.life.insert(new Lifecycle.Event(Lifecycle.Kind.PLEDGE_RELEASE, end, "", "", "", amount, bank));
                    d.pledgedUntil = end;
                } else {
                    d.pledgedUntil = Calibration.END;
                }
                objects.append(i == 0 ? "" : ";").append(d.number);
            }
            if (!marks.isEmpty() && random.nextDouble() < 0.3) {
                objects.append(';').append(marks.get(random.nextInt(marks.size())));
            }
            String number = "Y" + year + "980" + pad(codes.nextContract(), 6);
            out.write(
                    ImportFormat.PLEDGE_CONTRACT,
                    number,
                    holder.name(),
                    bank,
                    date.toString(),
                    Long.toString(amountWan),
                    objects.toString());
        }
    }

    private void writePatent(Draft d) {
        Lifecycle life = d.life;
        Industry industry = d.holder.industry();
        String ipcMain;
        String ipcAll;
        if (life.type == Lifecycle.Type.DESIGN) {
            ipcMain = industry.locarno()[random.nextInt(industry.locarno().length)];
            ipcAll = "";
        } else {
            // all symbols of a patent come from one list: the industry's core (mostly strategic emerging
            // industries) or its general subclasses, so that about 30% of valid inventions are SEI patents
            String[] subclasses = random.nextDouble() < Calibration.CORE_IPC_SHARE
                    ? industry.ipcSubclasses()
                    : industry.generalSubclasses();
            ipcMain = ipc(subclasses[random.nextInt(subclasses.length)]);
            StringBuilder all = new StringBuilder(ipcMain);
            int more = random.nextInt(life.type == Lifecycle.Type.INVENTION ? 4 : 2);
            for (int i = 0; i < more; i++) {
                String s = ipc(subclasses[random.nextInt(subclasses.length)]);
                if (all.indexOf(s) < 0) {
                    all.append(';').append(s);
                }
            }
            ipcAll = all.toString();
        }
        // the title names a product of the main class (one draw, as before, so the rest of the data is unchanged)
        String[] products = ClassProducts.of(ipcMain);
        if (products == null) {
            products = industry.products();
        }
        String product = products[random.nextInt(products.length)];
        String title = Industries.title(random, life.type, product);
        String abstractText = Industries.abstractText(random, life.type, title, product);
        String number = d.number;
        String pubNo = publicationNumber(life, number);
        String grantNo = "";
        if (life.grant != null) {
            grantNo = life.type == Lifecycle.Type.INVENTION ? pubNo.substring(0, pubNo.length() - 1) + "B" : pubNo;
        }
        int inventorCount =
                switch (life.type) {
                    case INVENTION -> 2 + random.nextInt(5);
                    case UTILITY -> 1 + random.nextInt(4);
                    case DESIGN -> 1 + random.nextInt(2);
                };
        String inventors = d.holder.kind() == Party.Kind.INDIVIDUAL
                ? d.holder.name() + (inventorCount > 1 ? ";" + names.inventors(inventorCount - 1) : "")
                : names.inventors(inventorCount);
        out.write(
                ImportFormat.PATENT,
                "CN" + number,
                life.filing.toString(),
                life.type.label,
                title,
                abstractText,
                pubNo,
                life.publication.toString(),
                grantNo,
                life.grant == null ? "" : life.grant.toString(),
                ipcMain,
                ipcAll,
                d.applicants,
                d.holders,
                inventors,
                d.applicantAddress,
                life.status(),
                d.family,
                Long.toString(codes.nextFamilyId()),
                d.award);
        for (Lifecycle.Event e : life.events) {
            out.write(
                    ImportFormat.PATENT_EVENT,
                    "CN" + number,
                    e.date().toString(),
                    e.kind().label,
                    e.newHolders(),
                    e.licenceType(),
                    e.licensee(),
                    e.amount() == 0 ? "" : Long.toString(e.amount()),
                    e.pledgee());
        }
    }

    private String ipc(String subclass) {
        List<String> groups = ref.mainGroups(subclass);
        String g = groups.get(random.nextInt(groups.size()));
        return g.substring(0, 4) + " " + g.substring(4);
    }

    /**
     * CN + 9 digits + kind: the first digit is the type (1 invention, 2 utility model, 3 design), then the
     * two-digit filing year and the serial of the application number, so publication numbers never collide.
     */
    private static String publicationNumber(Lifecycle life, String applicationNumber) {
        String serial = applicationNumber.substring(5, 12);
        int n = Integer.parseInt(serial) % 1_000_000;
        String body = life.type.digit + pad(life.filing.getYear() % 100, 2) + pad(n, 6);
        String kind =
                switch (life.type) {
                    case INVENTION -> "A";
                    case UTILITY -> "U";
                    case DESIGN -> "S";
                };
        return "CN" + body + kind;
    }

    // ---------------------------------------------------------------- trademarks

    private int trademarks(Party holder, int count, boolean famous) {
        return trademarks(holder, count, famous, null);
    }

    private int trademarks(Party holder, int count, boolean famous, List<String> marks) {
        double renew = holder.kind() == Party.Kind.INDIVIDUAL ? 0.35 : 0.55;
        boolean madrid = count >= 10;
        boolean wellKnown = famous || count >= 80;
        String region = holder.kind() == Party.Kind.ENTERPRISE ? regionOf(holder.name()) : "";
        int[] nice = holder.industry().nice();
        for (int i = 0; i < count; i++) {
            LocalDate application = Calibration.filingDate(random, Calibration.TRADEMARK_GROWTH);
            TrademarkLife life = TrademarkLife.simulate(random, application, renew);
            if (!life.registered()) {
                continue;
            }
            String number = codes.trademarkNumber(application.getYear());
            String classes = Integer.toString(
                    random.nextDouble() < 0.8 ? nice[random.nextInt(nice.length)] : 1 + random.nextInt(45));
            if (application.getYear() >= 2014 && random.nextDouble() < 0.04) {
                int extra = nice[random.nextInt(nice.length)];
                if (!classes.equals(Integer.toString(extra))) {
                    classes = classes + ";" + extra;
                }
            }
            String text = random.nextDouble() < 0.05 ? "" : names.brand(holder.name(), region);
            String wellKnownDate = "";
            if (wellKnown && i == 0 && random.nextDouble() < 0.5) {
                LocalDate d = life.registration.plusYears(2 + random.nextInt(6));
                if (d.getYear() <= 2025 && life.validAt(d)) {
                    wellKnownDate = d.toString();
                }
            }
            String madridNo =
                    madrid && random.nextDouble() < 0.04 ? codes.madridNumber(life.registration.getYear()) : "";
            writeMark(number, classes, text, holder, "普通商标", "否", life, wellKnownDate, madridNo);
            if (marks != null && life.validAt(Calibration.END)) {
                marks.add(number);
            }
        }
        return count;
    }

    private void writeMark(
            String number,
            String classes,
            String text,
            Party holder,
            String kind,
            String gi,
            TrademarkLife life,
            String wellKnown,
            String madrid) {
        StringBuilder renewals = new StringBuilder();
        for (LocalDate r : life.renewals) {
            renewals.append(renewals.length() == 0 ? "" : ";").append(r);
        }
        out.write(
                ImportFormat.TRADEMARK,
                number,
                classes,
                text,
                holder.name(),
                holder.address(),
                kind,
                gi,
                life.application.toString(),
                life.registration.toString(),
                life.termEnd.toString(),
                renewals.toString(),
                life.status,
                life.statusDate.toString(),
                wellKnown,
                madrid);
    }

    private String regionOf(String companyName) {
        return companyName.startsWith(cityShort)
                ? cityShort
                : companyName.substring(0, Math.min(2, companyName.length()));
    }

    // ---------------------------------------------------------------- other records

    private void designations(Party holder, int patents) {
        for (Industries.Designation d : Industries.DESIGNATIONS) {
            if (patents < d.minPatents() || random.nextDouble() >= d.share()) {
                continue;
            }
            LocalDate from = LocalDate.of(d.since(), 1, 1);
            long span = ChronoUnit.DAYS.between(from, Calibration.END);
            // most designations are current: the latest recognition lies in the last three years
            LocalDate date = random.nextDouble() < 0.7 && span > 3 * 365
                    ? Calibration.END.minusDays(random.nextInt(3 * 365))
                    : from.plusDays(random.nextLong(Math.max(1, span)));
            out.write(
                    ImportFormat.DESIGNATION,
                    holder.creditCode(),
                    holder.name(),
                    d.label(),
                    date.toString(),
                    date.plusYears(d.years()).minusDays(1).toString(),
                    holder.areaCode());
        }
    }

    private void software(Party holder, int count) {
        for (int i = 0; i < count; i++) {
            LocalDate date = Calibration.filingDate(random, Calibration.COPYRIGHT_GROWTH);
            String name = Industries.softwareName(random, holder.industry());
            out.write(
                    ImportFormat.COPYRIGHT,
                    codes.softwareRegistration(date.getYear()),
                    name,
                    "计算机软件",
                    date.toString(),
                    holder.name(),
                    holder.address(),
                    holder.codeColumn());
        }
    }

    private void copyrights(ReferenceData.Area area, double share) {
        double works = realistic.works2023() * Calibration.total(Calibration.COPYRIGHT_GROWTH) * share * volume;
        int count = (int) Math.floor(works + random.nextDouble());
        for (int i = 0; i < count; i++) {
            LocalDate date = Calibration.filingDate(random, Calibration.COPYRIGHT_GROWTH);
            String owner;
            String address;
            String code;
            if (!areaEnterprises.isEmpty() && random.nextDouble() < 0.2) {
                // an enterprise owner: its code column as in its party row
                Party p = areaEnterprises.get(random.nextInt(areaEnterprises.size()));
                owner = p.name();
                address = p.address();
                code = p.codeColumn();
            } else {
                owner = names.person();
                address = names.address(ref, area, 0.03, 0).text();
                code = random.nextDouble() < 0.85 ? area.code() : "";
            }
            Industries.Work work = Industries.work(random);
            out.write(
                    ImportFormat.COPYRIGHT,
                    codes.worksRegistration(
                            date.getYear(), work.letter(), city.provinceCode().equals("37")),
                    work.title(),
                    work.category(),
                    date.toString(),
                    owner,
                    address,
                    code);
        }
    }

    private void geographicalIndications() {
        List<Industries.Gi> products = Industries.gis(city, cityShort, random);
        for (Industries.Gi gi : products) {
            String announcement = gi.approved().getYear() < 2018
                    ? "国家质检总局公告" + gi.approved().getYear() + "年第" + codes.nextOther() + "号"
                    : "国家知识产权局公告第" + codes.nextOther() + "号";
            out.write(
                    ImportFormat.GI_PRODUCT,
                    announcement,
                    gi.product(),
                    gi.approved().toString(),
                    gi.areas());
            // the GI mark is held by the local association
            ReferenceData.Area area = ref.area(gi.areas().split(";")[0]);
            Party association = new Party(
                    cityShort + "市" + gi.product() + "协会",
                    codes.creditCode("51", area.code()),
                    Party.Kind.ASSOCIATION,
                    names.address(ref, area, 0, 0).text(),
                    area.code(),
                    area.code(),
                    "CN",
                    Industry.AGRICULTURE);
            out.write(ImportFormat.PARTY, association.row());
            LocalDate application = gi.approved().minusMonths(random.nextInt(24));
            if (application.getYear() < Calibration.FIRST_YEAR) {
                application = LocalDate.of(Calibration.FIRST_YEAR, 1, 4);
            }
            TrademarkLife life;
            do {
                life = TrademarkLife.simulate(random, application, 0.95);
            } while (!life.registered());
            writeMark(
                    codes.trademarkNumber(application.getYear()),
                    Integer.toString(gi.niceClass()),
                    gi.product(),
                    association,
                    random.nextDouble() < 0.7 ? "证明商标" : "集体商标",
                    "是",
                    life,
                    "",
                    "");
            if (giCandidates.isEmpty()) {
                continue;
            }
            int users = Math.min(giCandidates.size(), 2 + random.nextInt(10));
            List<Party> chosen = new ArrayList<>(giCandidates);
            for (int i = 0; i < users; i++) {
                Party user = chosen.remove(random.nextInt(chosen.size()));
                LocalDate date = gi.approved().plusDays(60 + random.nextInt(2500));
                if (date.isAfter(Calibration.END)) {
                    date = Calibration.END;
                }
                out.write(ImportFormat.GI_MARK_USER, gi.product(), user.creditCode(), user.name(), date.toString());
            }
        }
    }

    private void plantVarieties() {
        int count = (int) Math.round(Industries.plantVarieties(city.code()) * volume);
        List<Party> owners = new ArrayList<>(institutes);
        owners.addAll(giCandidates);
        owners.addAll(universities);
        if (owners.isEmpty()) {
            return;
        }
        String[] species = {"苹果", "葡萄", "花生", "小麦", "玉米", "大樱桃", "梨", "甘薯"};
        for (int i = 0; i < count; i++) {
            Party owner = owners.get(random.nextInt(owners.size()));
            LocalDate date = Lifecycle.tuesday(
                    LocalDate.of(2005 + random.nextInt(22), 1, 1).plusDays(random.nextInt(360)));
            String body = date.getYear() + pad(codes.nextOther() % 100_000_000, 8);
            String number = "CNA" + body + "." + ChineseCodes.applicationCheckDigit(body);
            String kind = species[random.nextInt(species.length)];
            String name = cityShort.charAt(0) + kind.substring(0, 1) + (1 + random.nextInt(30)) + "号";
            out.write(ImportFormat.PLANT_VARIETY, number, name, kind, date.toString(), owner.name(), owner.address());
        }
    }

    private void layoutDesigns() {
        int count = (int) Math.round(Industries.layoutDesigns(city.code()) * volume);
        if (electronics.isEmpty()) {
            return;
        }
        String[] chips = {"电源管理芯片", "打印头驱动芯片", "传感器信号处理电路", "电机驱动集成电路", "射频前端芯片", "微控制器"};
        for (int i = 0; i < count; i++) {
            Party owner = electronics.get(random.nextInt(electronics.size()));
            LocalDate filed = LocalDate.of(2008 + random.nextInt(19), 1, 1).plusDays(random.nextInt(360));
            LocalDate announced = filed.plusDays(60 + random.nextInt(120));
            if (announced.isAfter(Calibration.END)) {
                continue;
            }
            String number = "BS." + pad(filed.getYear() % 100, 2) + pad(codes.nextOther() % 10_000_000, 7);
            String title = pad(random.nextInt(1000), 3) + chips[random.nextInt(chips.length)];
            out.write(
                    ImportFormat.IC_LAYOUT,
                    number,
                    title,
                    filed.toString(),
                    announced.toString(),
                    owner.name(),
                    owner.address());
        }
    }

    static String pad(long value, int width) {
        String s = Long.toString(value);
        if (s.length() >= width) {
            return s;
        }
        return "0".repeat(width - s.length()) + s;
    }
}
