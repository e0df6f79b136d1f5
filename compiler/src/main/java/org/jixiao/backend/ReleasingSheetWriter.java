package org.jixiao.backend;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;

/**
 * SXSSF's writer of a sheet's rows to its compressed temporary file (what POI makes for a
 * workbook that compresses them and keeps no table of strings), which lets go of its buffers when
 * closed. POI's writer is a {@code BufferedWriter} on an {@code OutputStreamWriter}; closing drops
 * the buffer, but the {@code BufferedWriter} keeps the {@code OutputStreamWriter} as its lock for
 * good, and with it an 8 KB encoding buffer and the deflater: some 9 KB of heap for every sheet
 * of the workbook, held until it is written. The bytes written are POI's.
 */
final class ReleasingSheetWriter extends GZIPSheetDataWriter {
  ReleasingSheetWriter() throws IOException {
    super();
  }

  @Override
  public Writer createWriter(File fd) throws IOException {
    return new Releasing(super.createWriter(fd));
  }

  /** A writer that forgets the one it writes to once closed. */
  private static final class Releasing extends Writer {
    private Writer out;

    Releasing(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      open().write(chars, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      open().write(text, offset, length);
    }

    @Override
    public void write(int c) throws IOException {
      open().write(c);
    }

    /** The writer written to, while open; as the JDK's writers, a closed one refuses with an IOException. */
    private Writer open() throws IOException {
      if (out == null) {
        throw new IOException("Stream closed");
      }
      return out;
    }

    @Override
    public void flush() throws IOException {
      if (out != null) {
        out.flush();
      }
    }

    @Override
    public void close() throws IOException {
      if (out != null) {
        try {
          out.close();
        } finally {
          out = null;
        }
      }
    }
  }
}
