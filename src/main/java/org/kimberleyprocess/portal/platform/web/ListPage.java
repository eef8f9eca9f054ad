package org.kimberleyprocess.portal.platform.web;

import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A list page read from the address alone (GET parameters {@code page}, {@code size}, {@code sort}, {@code dir},
 * {@code q}): nothing is kept between requests, so a public list opens no session, and every page, order and filter
 * has an address that can be linked and bookmarked. Values outside what the list offers fall back to its defaults.
 */
public final class ListPage {

    /** The page sizes a reader may choose. */
    public static final List<Integer> SIZES = List.of(10, 25, 50, 100);
    /** The longest filter read. */
    public static final int FILTER_LENGTH = 100;

    private final int page;
    private final int size;
    private final String sort;
    private final boolean ascending;
    private final String filter;
    private final long total;

    private ListPage(int page, int size, String sort, boolean ascending, String filter, long total) {
        this.page = page;
        this.size = size;
        this.sort = sort;
        this.ascending = ascending;
        this.filter = filter;
        this.total = total;
    }

    /** What the request asks, the order among {@code sorts} (the first by default), before the total is known. */
    public static ListPage of(List<String> sorts, int defaultSize) {
        Map<String, String> p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        int size = parse(p.get("size"), defaultSize);
        size = SIZES.contains(size) ? size : defaultSize;
        String by = p.get("sort");
        String sort = by != null && sorts.contains(by) ? by : sorts.get(0);
        String q = p.get("q");
        q = q == null || q.isBlank() ? null : q.strip();
        if (q != null && q.length() > FILTER_LENGTH) {
            q = q.substring(0, FILTER_LENGTH);
        }
        return new ListPage(Math.max(1, parse(p.get("page"), 1)), size, sort, !"desc".equals(p.get("dir")), q, 0);
    }

    /** The same request once the list's total is known (the page is brought within the pages there are). */
    public ListPage total(long count) {
        long pages = Math.max(1, (count + size - 1) / size);
        return new ListPage((int) Math.min(page, pages), size, sort, ascending, filter, count);
    }

    /** The index of the first row of the page (from 0). */
    public int first() {
        return (page - 1) * size;
    }

    public int getPage() {
        return page;
    }

    public int getSize() {
        return size;
    }

    public String getSort() {
        return sort;
    }

    public boolean isAscending() {
        return ascending;
    }

    public String getFilter() {
        return filter;
    }

    /** The longest filter read, for the filter's field. */
    public int getFilterLength() {
        return FILTER_LENGTH;
    }

    public long getTotal() {
        return total;
    }

    public int getPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** "26–45 / 45", as the page says where it is. */
    public String getRange() {
        return total == 0 ? "0 / 0" : (first() + 1) + "–" + Math.min(total, (long) first() + size) + " / " + total;
    }

    /** The pages to link to: the first, the last, and those around this one. */
    public List<Integer> getNearby() {
        return IntStream.rangeClosed(Math.max(1, page - 2), Math.min(getPages(), page + 2)).boxed().toList();
    }

    /** The address of another page of the same list. */
    public String page(int other) {
        return link(Math.max(1, Math.min(other, getPages())), size, sort, ascending);
    }

    /** The address of the list sorted by a column: ascending, or the other way when it is sorted by it already. */
    public String sortBy(String column) {
        return link(1, size, column, !column.equals(sort) || !ascending);
    }

    /** Whether the list is sorted by a column, and which way: the message key that says so, or none. */
    public String sortedBy(String column) {
        return !column.equals(sort) ? null : ascending ? "layout.list.sortedAscending" : "layout.list.sortedDescending";
    }

    private String link(int p, int s, String by, boolean asc) {
        Map<String, String> params = new LinkedHashMap<>();
        if (filter != null) {
            params.put("q", filter);
        }
        params.put("sort", by);
        params.put("dir", asc ? "asc" : "desc");
        params.put("size", String.valueOf(s));
        params.put("page", String.valueOf(p));
        return "?" + params.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static int parse(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
