package cn.ipcity.generator;

import cn.ipcity.common.ChineseCodes;

/**
 * Identifiers that are unique by construction (a counter mapped through a bijection, never a random draw that
 * could collide) and carry valid check characters.
 */
final class Codes {

    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private final long salt;
    private long parties;
    private final long[][] applicationCounters = new long[Calibration.LAST_YEAR - Calibration.FIRST_YEAR + 1][4];
    private final long[] trademarkCounters = new long[Calibration.LAST_YEAR - Calibration.FIRST_YEAR + 2];
    private final long[] madridCounters = new long[Calibration.LAST_YEAR - Calibration.FIRST_YEAR + 2];
    private final long[] softwareCounters = new long[Calibration.LAST_YEAR - Calibration.FIRST_YEAR + 2];
    private final long[] worksCounters = new long[Calibration.LAST_YEAR - Calibration.FIRST_YEAR + 2];
    private long contracts;
    private long families;
    private long others;

    Codes(long seed) {
        this.salt = Math.floorMod(seed * 0x9E3779B97F4A7C15L, 10_000_000L);
    }

    /**
     * GB 32100-2015: registration authority and type (e.g. {@code 91} enterprise, {@code 12} public institution,
     * {@code 51} social organisation), the 6-digit division code, the 9-character organisation code (GB 11714,
     * with its own check character) and the check character.
     */
    String creditCode(String authorityAndType, String areaCode) {
        long n = Math.floorMod((parties++) * 48271L + salt, 100_000_000L);
        String body = CityGenerator.pad(n, 8);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (body.charAt(i) - '0') * ORG_WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        char orgCheck = c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
        String first17 = authorityAndType + areaCode + body + orgCheck;
        return first17 + ChineseCodes.usccCheckCharacter(first17);
    }

    /** 12-digit body: filing year, type digit (1 invention, 2 utility model, 3 design), 7-digit serial. */
    String applicationNumber(int year, int typeDigit) {
        long n = applicationCounters[year - Calibration.FIRST_YEAR][typeDigit]++;
        long serial = Math.floorMod(n * 7919L + salt + typeDigit * 1_000_003L + year * 104_729L, 10_000_000L);
        String body = year + Integer.toString(typeDigit) + CityGenerator.pad(serial, 7);
        return body + "." + ChineseCodes.applicationCheckDigit(body);
    }

    /** Trademark registration numbers grow with the year of application, as CNIPA’s do. */
    String trademarkNumber(int applicationYear) {
        int i = applicationYear - Calibration.FIRST_YEAR;
        return Long.toString(4_500_000L
                + i * 3_500_000L
                + spread(trademarkCounters[i]++, 3_500_000L, 100_000_000L, applicationYear));
    }

    String madridNumber(int year) {
        int i = year - Calibration.FIRST_YEAR;
        return Long.toString(870_000L + i * 48_000L + spread(madridCounters[i]++, 48_000L, 10_000_000L, year));
    }

    String softwareRegistration(int year) {
        int i = year - Calibration.FIRST_YEAR;
        return year + "SR"
                + CityGenerator.pad(
                        Math.floorMod(softwareCounters[i]++ * 7919L + salt + year * 104_729L, 10_000_000L), 7);
    }

    /** Works registered in Shandong carry 鲁作登字, elsewhere the national centre’s 国作登字. */
    String worksRegistration(int year, char categoryLetter, boolean shandong) {
        int i = year - Calibration.FIRST_YEAR;
        return (shandong ? "鲁作登字-" : "国作登字-") + year + "-" + categoryLetter + "-"
                + CityGenerator.pad(
                        Math.floorMod(worksCounters[i]++ * 7919L + salt + year * 104_729L, 100_000_000L), 8);
    }

    /**
     * A bijection of counter values onto the numbers 0 to range − 1 (7919 is prime to every range used here); past the
     * range the numbers move to a further block, so they stay unique at any scale.
     */
    private long spread(long counter, long range, long block, int year) {
        return (counter / range) * block + Math.floorMod((counter % range) * 7919L + salt + year * 104_729L, range);
    }

    long nextFamilyId() {
        return 10_000_000L + (families++);
    }

    long nextContract() {
        return ++contracts;
    }

    long nextOther() {
        return ++others;
    }
}
