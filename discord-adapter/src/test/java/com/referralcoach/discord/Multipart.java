package com.referralcoach.discord;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A multipart/form-data body as Discord reads a message with files: the {@code payload_json} part and the
 * {@code files[n]} parts, each with its file name and bytes.
 */
record Multipart(List<Part> parts) {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

    /** One part: its form field name, file name (empty for a plain field), content type and bytes. */
    record Part(String name, String fileName, String contentType, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static Multipart parse(String contentType, byte[] body) {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw new IllegalArgumentException("no boundary in " + contentType);
        }
        byte[] delimiter = ("\r\n--" + boundary.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        byte[] data = new byte[body.length + 2];
        data[0] = '\r';
        data[1] = '\n';
        System.arraycopy(body, 0, data, 2, body.length);
        List<Part> parts = new ArrayList<>();
        int at = indexOf(data, delimiter, 0);
        while (at >= 0) {
            int start = at + delimiter.length;
            if (start + 2 > data.length || data[start] == '-' && data[start + 1] == '-') {
                break;
            }
            int next = indexOf(data, delimiter, start);
            if (next < 0) {
                throw new IllegalArgumentException("a part without its closing boundary");
            }
            parts.add(part(Arrays.copyOfRange(data, start + 2, next)));
            at = next;
        }
        return new Multipart(List.copyOf(parts));
    }

    Optional<Part> field(String name) {
        return parts.stream().filter(part -> part.name().equals(name)).findFirst();
    }

    List<Part> files() {
        return parts.stream().filter(part -> part.name().startsWith("files[")).toList();
    }

    private static Part part(byte[] raw) {
        int split = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        String headers = new String(raw, 0, split, StandardCharsets.UTF_8);
        String name = "";
        String fileName = "";
        String type = "";
        for (String header : headers.split("\r\n")) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-disposition:")) {
                name = group(NAME, header);
                fileName = group(FILE_NAME, header);
            } else if (lower.startsWith("content-type:")) {
                type = header.substring("content-type:".length()).strip();
            }
        }
        return new Part(name, fileName, type, Arrays.copyOfRange(raw, split + 4, raw.length));
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static int indexOf(byte[] data, byte[] target, int from) {
        outer:
        for (int i = from; i <= data.length - target.length; i++) {
            for (int j = 0; j < target.length; j++) {
                if (data[i + j] != target[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
