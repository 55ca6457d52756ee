package fr.inclusion.orientation.web.api;

/** A page number as typed in an address: anything but a number from 0 is the first page; at most 100 000. */
public final class PageNumber {

    private static final int LAST = 100_000;

    private PageNumber() {
    }

    public static int of(String value) {
        if (value == null) {
            return 0;
        }
        try {
            return Math.max(0, Math.min(Integer.parseInt(value.strip()), LAST));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
