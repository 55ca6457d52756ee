package fr.inclusion.orientation.support.page;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list as the APIs answer it ({@code {items, page, size, total}}) and as the web pages read it: the
 * items of page {@code page} (from 0) of {@code size} items at most, out of {@code total}. Plain Java, so that a
 * domain's or an application's listing can return it too.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** @param items none when absent (a client reading an answer without them) */
    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** No item at all. */
    public static <T> Page<T> empty(int page, int size) {
        return new Page<>(List.of(), page, size, 0);
    }

    /** Whether a page comes before this one. */
    public boolean hasPrevious() {
        return page > 0;
    }

    /** Whether items remain after this page. */
    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    /** The same page with each item turned into another (a domain object into its view). */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
