package org.posecoach.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The toolkit's start failures, injected: each reason says its own fix; anything else is a bug. */
class WindowUnavailableTest {
  private static final String NO_GTK_MESSAGE = "Unable to load glass GTK library.";

  @Test
  void aMissingGtkLibraryIsToldApartFromAMissingDisplay() {
    Launcher.NoDisplayException gtk =
        assertThrows(
            Launcher.NoDisplayException.class,
            () ->
                Launcher.startToolkit(
                    () -> {
                      throw new UnsupportedOperationException(NO_GTK_MESSAGE);
                    }));
    assertEquals(WindowUnavailable.NO_GTK, gtk.reason());
    assertTrue(gtk.getMessage().contains("sudo apt install libgtk-3-0"), gtk.getMessage());
    assertTrue(gtk.getMessage().contains("terminal instead"), gtk.getMessage());
    assertFalse(gtk.getMessage().contains("No display"), gtk.getMessage());
    assertFalse(gtk.getMessage().contains("\n"), "one line");

    Launcher.NoDisplayException display =
        assertThrows(
            Launcher.NoDisplayException.class,
            () ->
                Launcher.startToolkit(
                    () -> {
                      throw new UnsupportedOperationException("Unable to open DISPLAY");
                    }));
    assertEquals(WindowUnavailable.NO_DISPLAY, display.reason());
    assertTrue(display.getMessage().startsWith("No display to open a window on"));
    assertFalse(display.getMessage().contains("libgtk"), display.getMessage());
  }

  @Test
  void theSystemLoaderFailingOnLibgtkIsAMissingGtkToo() {
    UnsatisfiedLinkError link =
        new UnsatisfiedLinkError(
            "/opt/pose-coach/lib/libglassgtk3.so: libgtk-3.so.0: cannot open shared object file");
    assertEquals(Optional.of(WindowUnavailable.NO_GTK), WindowUnavailable.of(link));
    RuntimeException wrapped = new RuntimeException("toolkit failed", link);
    assertEquals(Optional.of(WindowUnavailable.NO_GTK), WindowUnavailable.of(wrapped));
  }

  @Test
  void otherStartFailuresAreNotMistakenForAMissingDesktop() {
    IllegalStateException bug = new IllegalStateException("Toolkit already initialized");
    assertEquals(Optional.empty(), WindowUnavailable.of(bug));
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                Launcher.startToolkit(
                    () -> {
                      throw bug;
                    }));
    assertSame(bug, thrown);
    assertEquals(
        Optional.empty(),
        WindowUnavailable.of(new UnsupportedOperationException("no such pipeline")));
  }
}
