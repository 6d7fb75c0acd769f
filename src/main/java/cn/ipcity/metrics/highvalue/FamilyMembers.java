package cn.ipcity.metrics.highvalue;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code patent.family_members} as the importer stores it: a jsonb array of {@code {"office": "US", "number":
 * "US11234567B2", "granted": true}} (PostgreSQL prints the keys in its own order and with spaces; both are accepted).
 * Written by hand rather than with a JSON library because condition (2) is evaluated for millions of patents and
 * almost all arrays are {@code []} or hold no {@code true}.
 */
public final class FamilyMembers {

    private FamilyMembers() {}

    /**
     * A family member; {@code abroad} is false for a CN member and for a WO (PCT) application, which is no right
     * anywhere; regional offices (EP …) and Hong Kong, Macao and Taiwan count as abroad.
     */
    public record Member(String office, String number, boolean granted, boolean abroad) {}

    /** Whether a member abroad is marked granted (condition 2). */
    public static boolean anyGrantedAbroad(String json) {
        if (json == null || json.indexOf("true") < 0) {
            return false;
        }
        for (Member m : parse(json)) {
            if (m.granted() && m.abroad()) {
                return true;
            }
        }
        return false;
    }

    public static List<Member> parse(String json) {
        List<Member> members = new ArrayList<>();
        if (json == null) {
            return members;
        }
        int from = 0;
        while (true) {
            int open = json.indexOf('{', from);
            if (open < 0) {
                break;
            }
            int close = json.indexOf('}', open);
            if (close < 0) {
                break;
            }
            String object = json.substring(open + 1, close);
            String number = value(object, "\"number\"");
            String office = value(object, "\"office\"");
            if (office == null && number != null && number.length() >= 2) {
                office = number.substring(0, 2);
            }
            boolean granted = "true".equals(value(object, "\"granted\""));
            if (number != null || office != null) {
                members.add(new Member(
                        office, number, granted, office != null && !office.equals("CN") && !office.equals("WO")));
            }
            from = close + 1;
        }
        return members;
    }

    /** The value of a key in one flat object: a string without escapes, or a literal (true, false, number). */
    private static String value(String object, String quotedKey) {
        int k = object.indexOf(quotedKey);
        if (k < 0) {
            return null;
        }
        int i = object.indexOf(':', k + quotedKey.length());
        if (i < 0) {
            return null;
        }
        i++;
        while (i < object.length() && Character.isWhitespace(object.charAt(i))) {
            i++;
        }
        if (i >= object.length()) {
            return null;
        }
        if (object.charAt(i) == '"') {
            int end = object.indexOf('"', i + 1);
            return end < 0 ? null : object.substring(i + 1, end);
        }
        int end = i;
        while (end < object.length() && object.charAt(end) != ',' && !Character.isWhitespace(object.charAt(end))) {
            end++;
        }
        return object.substring(i, end);
    }
}
