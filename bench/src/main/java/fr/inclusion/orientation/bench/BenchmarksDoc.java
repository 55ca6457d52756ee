package fr.inclusion.orientation.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * docs/BENCHMARKS.md: each run rewrites its own level-2 section ({@code ## Referrals}, {@code ## Chaos}, …) and
 * leaves the others as they are; {@code bench search} rewrites the head of the file (title, search sections) and
 * keeps everything from {@code ## Referrals} on.
 */
public final class BenchmarksDoc {

    private final Path doc;

    public BenchmarksDoc(Path doc) {
        this.doc = doc;
    }

    /** Replaces the "## title" section (up to the next level-2 heading) with the text, or appends it. */
    public void writeSection(String title, String section) throws IOException {
        String current = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "# Benchmarks\n";
        Files.writeString(doc, replaceSection(current, title, section), StandardCharsets.UTF_8);
    }

    static String replaceSection(String current, String title, String section) {
        List<String> kept = new ArrayList<>();
        boolean skip = false;
        for (String line : current.split("\n", -1)) {
            if (line.startsWith("## ")) {
                skip = line.equals("## " + title);
            }
            if (!skip) {
                kept.add(line);
            }
        }
        String head = String.join("\n", kept).stripTrailing();
        return head + "\n\n" + withFinalNewline(section);
    }

    /** The whole file: a new head, then what stood from "## Referrals" on (the other benchmarks' sections). */
    public void writeHead(String head) throws IOException {
        String current = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
        Files.writeString(doc, replaceHead(current, head), StandardCharsets.UTF_8);
    }

    static String replaceHead(String current, String head) {
        String marker = "## Referrals\n";
        int at = current.startsWith(marker) ? 0 : current.indexOf("\n" + marker);
        String kept = at < 0 ? "" : current.substring(at == 0 && current.startsWith(marker) ? 0 : at + 1);
        return withFinalNewline(head) + (kept.isEmpty() ? "" : "\n" + kept);
    }

    private static String withFinalNewline(String text) {
        return text.endsWith("\n") ? text : text + "\n";
    }
}
