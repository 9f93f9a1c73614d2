package kpi.app.read;

import java.io.IOException;

/**
 * A file that cannot be read at all (missing, locked, binary, encrypted, too big to be safe). The
 * message is one readable line naming the file; it carries the stable check id.
 */
public final class ReadFailure extends IOException {
  private static final long serialVersionUID = 1L;

  private final String check;
  private final String file;

  public ReadFailure(String check, String file, String message, Throwable cause) {
    super(file + ": " + message, cause);
    this.check = check;
    this.file = file;
  }

  public ReadFailure(String check, String file, String message) {
    this(check, file, message, null);
  }

  public String check() {
    return check;
  }

  public String file() {
    return file;
  }

  /** The message without the file name. */
  public String reason() {
    return getMessage().substring(file.length() + 2);
  }
}
