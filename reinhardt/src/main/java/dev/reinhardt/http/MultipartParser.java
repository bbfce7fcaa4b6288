package dev.reinhardt.http;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.exceptions.BadRequest;
import dev.reinhardt.exceptions.RequestDataTooBig;
import dev.reinhardt.exceptions.TooManyFieldsSent;
import dev.reinhardt.exceptions.TooManyFilesSent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parse a {@code multipart/form-data} body as it streams in: fields are
 * bounded by {@code dataUploadMaxMemorySize}, files may be any size and
 * spill to a temporary file above {@code fileUploadMaxMemorySize}.
 */
final class MultipartParser {

    private static final int MAX_PART_HEADER_BYTES = 8192;
    private static final byte[] HEADER_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    record Result(QueryDict fields, MultiValueDict<UploadedFile> files) {
    }

    private final InputStream in;
    private final Charset charset;
    private final Settings settings;
    private final byte[] buffer = new byte[64 * 1024];
    private final List<UploadedFile> created = new ArrayList<>();
    private int pos;
    private int limit;
    private long fieldBytes;

    MultipartParser(InputStream in, Charset charset, Settings settings) {
        this.in = in;
        this.charset = charset;
        this.settings = settings;
    }

    /** Parse the whole body; on failure, delete any temporary files already written. */
    Result parse(String boundary) {
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            throw new BadRequest("Invalid multipart body: the Content-Type has no valid boundary.");
        }
        try {
            return parseParts(boundary);
        } catch (IOException e) {
            created.forEach(UploadedFile::delete);
            throw new UncheckedIOException("Could not read the request body", e);
        } catch (RuntimeException e) {
            created.forEach(UploadedFile::delete);
            throw e;
        }
    }

    private Result parseParts(String boundary) throws IOException {
        byte[] first = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        MultiValueDict.Collector<String> fields = new MultiValueDict.Collector<>();
        MultiValueDict.Collector<UploadedFile> files = new MultiValueDict.Collector<>();
        int fieldCount = 0;
        int fileCount = 0;
        readUntil(first, OutputStream.nullOutputStream());
        while (!atClosingDelimiter()) {
            ByteArrayOutputStream headerBytes = new BoundedBuffer(MAX_PART_HEADER_BYTES,
                    "Invalid multipart body: a part's headers are longer than " + MAX_PART_HEADER_BYTES + " bytes.");
            readUntil(HEADER_END, headerBytes);
            PartHeaders headers = PartHeaders.parse(headerBytes.toString(StandardCharsets.UTF_8));
            if (headers.name == null) {
                readUntil(delimiter, OutputStream.nullOutputStream());
            } else if (headers.filename == null) {
                fieldCount++;
                Integer maxFields = settings.dataUploadMaxNumberFields();
                if (maxFields != null && fieldCount > maxFields) {
                    throw new TooManyFieldsSent("The number of GET/POST parameters exceeded dataUploadMaxNumberFields ("
                            + maxFields + ").");
                }
                FieldBuffer value = new FieldBuffer();
                readUntil(delimiter, value);
                fields.add(headers.name, value.toString(charset));
            } else {
                FileSink sink = new FileSink(settings.fileUploadMaxMemorySize(), settings.fileUploadTempDir());
                try {
                    readUntil(delimiter, sink);
                } finally {
                    sink.close();
                }
                String name = UploadedFile.baseName(headers.filename);
                UploadedFile file = sink.toUpload(headers.name, name, headers.contentType);
                created.add(file);
                if (name.isEmpty()) {
                    // A file input left empty is sent with filename=""; it is no file.
                    file.delete();
                    continue;
                }
                fileCount++;
                Integer maxFiles = settings.dataUploadMaxNumberFiles();
                if (maxFiles != null && fileCount > maxFiles) {
                    throw new TooManyFilesSent("The number of files exceeded dataUploadMaxNumberFiles (" + maxFiles + ").");
                }
                files.add(headers.name, file);
            }
        }
        return new Result(new QueryDict(fields.build()), new MultiValueDict<>(files.build()));
    }

    /** After a delimiter: "--" ends the body, anything else starts another part. */
    private boolean atClosingDelimiter() throws IOException {
        if (!ensure(2)) {
            throw new BadRequest("Invalid multipart body: it ends without a closing boundary.");
        }
        if (buffer[pos] == '-' && buffer[pos + 1] == '-') {
            pos += 2;
            return true;
        }
        return false;
    }

    /** Copy bytes to {@code out} until {@code delimiter}, consuming the delimiter. */
    private void readUntil(byte[] delimiter, OutputStream out) throws IOException {
        while (true) {
            int found = indexOf(delimiter);
            if (found >= 0) {
                out.write(buffer, pos, found - pos);
                pos = found + delimiter.length;
                return;
            }
            // Keep a tail that may be the start of a delimiter split across reads.
            int safe = limit - (delimiter.length - 1);
            if (safe > pos) {
                out.write(buffer, pos, safe - pos);
                pos = safe;
            }
            if (!fill()) {
                throw new BadRequest("Invalid multipart body: it ends without a closing boundary.");
            }
        }
    }

    private int indexOf(byte[] needle) {
        int last = limit - needle.length;
        outer:
        for (int i = pos; i <= last; i++) {
            if (buffer[i] != needle[0]) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (buffer[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private boolean ensure(int count) throws IOException {
        while (limit - pos < count) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    private boolean fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buffer, pos, buffer, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            return false;
        }
        limit += read;
        return true;
    }

    /** A field value, counted against the request's memory budget. */
    private final class FieldBuffer extends ByteArrayOutputStream {
        @Override
        public void write(byte[] bytes, int offset, int length) {
            fieldBytes += length;
            Long max = settings.dataUploadMaxMemorySize();
            if (max != null && fieldBytes > max) {
                throw new RequestDataTooBig("Request body exceeded dataUploadMaxMemorySize (" + max + " bytes).");
            }
            super.write(bytes, offset, length);
        }
    }

    private static final class BoundedBuffer extends ByteArrayOutputStream {
        private final int max;
        private final String message;

        BoundedBuffer(int max, String message) {
            this.max = max;
            this.message = message;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (count + length > max) {
                throw new BadRequest(message);
            }
            super.write(bytes, offset, length);
        }
    }

    /** The headers of one part that matter: its field name, file name and content type. */
    private record PartHeaders(String name, String filename, String contentType) {

        static PartHeaders parse(String block) {
            String name = null;
            String filename = null;
            String contentType = "application/octet-stream";
            for (String line : block.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String header = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).strip();
                if (header.equals("content-type")) {
                    contentType = value;
                } else if (header.equals("content-disposition")) {
                    name = HeaderParameters.get(value, "name");
                    String extended = HeaderParameters.get(value, "filename*");
                    filename = extended != null ? HeaderParameters.decodeExtended(extended)
                            : HeaderParameters.get(value, "filename");
                }
            }
            return new PartHeaders(name, filename, contentType);
        }
    }

    /** Holds a file in memory until it outgrows the limit, then in a temporary file. */
    private static final class FileSink extends OutputStream {
        private final long memoryLimit;
        private final String tempDir;
        private ByteArrayOutputStream memory = new ByteArrayOutputStream();
        private Path path;
        private OutputStream file;
        private long size;

        FileSink(long memoryLimit, String tempDir) {
            this.memoryLimit = memoryLimit;
            this.tempDir = tempDir;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            size += length;
            if (file == null && size > memoryLimit) {
                path = tempDir == null ? Files.createTempFile("reinhardt-upload-", ".tmp")
                        : Files.createTempFile(Path.of(tempDir), "reinhardt-upload-", ".tmp");
                file = Files.newOutputStream(path);
                memory.writeTo(file);
                memory = null;
            }
            if (file != null) {
                file.write(bytes, offset, length);
            } else {
                memory.write(bytes, offset, length);
            }
        }

        @Override
        public void close() throws IOException {
            if (file != null) {
                file.close();
            }
        }

        UploadedFile toUpload(String field, String name, String contentType) {
            return new UploadedFile(field, name, contentType, size, memory == null ? null : memory.toByteArray(), path);
        }
    }
}
