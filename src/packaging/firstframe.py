#!/usr/bin/env python3
"""Time from launch to the first frame of a window, seen from the X server (Xvfb).

usage: firstframe.py [--title GatherLab] [--timeout 30] [--hook] [--line TEXT] -- COMMAND [ARGS...]

Starts COMMAND, waits until a top-level window whose name contains TITLE is mapped, then until
something is drawn into it (an X DAMAGE event after which the window holds more than two colours:
the toolkit's first frame reaching the screen, not its clearing of the window),
prints the milliseconds since launch on stdout (with FIRSTFRAME_CPU=1 also the CPU milliseconds
COMMAND and its children had used by then: the app's own figure when its line ends "CPU N ms")
and ends COMMAND (SIGTERM, then SIGKILL).
If COMMAND prints a line containing "first frame" before that (the app's own hook), that moment
counts instead, and COMMAND is left to exit by itself (within the timeout); with --hook only that line
counts. --line TEXT counts the line containing TEXT instead (GatherLab prints "first frame" when its
window first shows and "full window" when the main window is drawn in it), and implies --hook.
Exit status 0 on success, 1 on timeout or if COMMAND ended first. Needs only python3 and
libX11/libXdamage (both come with GTK). FIRSTFRAME_DEBUG=1 traces the damage events;
FIRSTFRAME_SHOT=file.png saves the screen at the detected moment (ImageMagick's import).
"""
import ctypes, ctypes.util, os, re, select, signal, subprocess, sys, time

def cpu_ms(pid):
    """CPU time (user + system) used so far by pid and its descendants, in ms."""
    stats = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/stat" % entry) as f: fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            stats[int(entry)] = (int(fields[1]), int(fields[11]) + int(fields[12]))  # ppid, utime + stime
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += stats.get(p, (0, 0))[1]
        todo.extend(c for c, (ppid, _) in stats.items() if ppid == p)
    return total * 1000 // os.sysconf("SC_CLK_TCK")

def main(argv):
    title, timeout, wait_hook, hook_line = b"GatherLab", 30.0, False, b"first frame"
    while argv and argv[0] != "--":
        opt = argv.pop(0)
        if opt == "--title": title = argv.pop(0).encode()
        elif opt == "--timeout": timeout = float(argv.pop(0))
        elif opt == "--hook": wait_hook = True
        elif opt == "--line": hook_line, wait_hook = argv.pop(0).encode(), True
        else: sys.exit("firstframe.py: unknown option " + opt)
    cmd = argv[1:]
    if not cmd: sys.exit(__doc__)

    x11 = ctypes.CDLL("libX11.so.6")
    xd = ctypes.CDLL("libXdamage.so.1")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
    x11.XConnectionNumber.argtypes = [ctypes.c_void_p]
    x11.XPending.argtypes = [ctypes.c_void_p]
    x11.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XGetWindowProperty.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
        ctypes.c_int, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p)]
    x11.XFree.argtypes = [ctypes.c_void_p]
    x11.XGetGeometry.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong)] + \
        [ctypes.POINTER(ctypes.c_int)] * 2 + [ctypes.POINTER(ctypes.c_uint)] * 4
    x11.XGetImage.restype = ctypes.c_void_p
    x11.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                              ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
    x11.XDestroyImage.argtypes = [ctypes.c_void_p]
    x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x11.XSetErrorHandler.argtypes = [ctypes.c_void_p]
    xd.XDamageQueryExtension.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int)]
    xd.XDamageCreate.restype = ctypes.c_ulong
    xd.XDamageCreate.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int]

    dpy = x11.XOpenDisplay(None)
    if not dpy: sys.exit("firstframe.py: cannot open display " + os.environ.get("DISPLAY", "(DISPLAY unset)"))
    # A window can vanish between its MapNotify and our requests: ignore X errors.
    handler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(lambda d, e: 0)
    x11.XSetErrorHandler(handler)
    ev_base, err_base = ctypes.c_int(), ctypes.c_int()
    if not xd.XDamageQueryExtension(dpy, ctypes.byref(ev_base), ctypes.byref(err_base)):
        sys.exit("firstframe.py: the X server has no DAMAGE extension")
    MAP_NOTIFY, SUBSTRUCTURE_NOTIFY, REPORT_RAW_RECTANGLES = 19, 1 << 19, 0
    # The title as GTK sets it: _NET_WM_NAME in UTF-8, WM_NAME (maybe COMPOUND_TEXT, which XFetchName refuses).
    name_atoms = [x11.XInternAtom(dpy, b"_NET_WM_NAME", 0), 39]  # 39: XA_WM_NAME
    def window_name(win):
        for atom in name_atoms:
            kind, fmt, n, after, data = ctypes.c_ulong(), ctypes.c_int(), ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
            if x11.XGetWindowProperty(dpy, win, atom, 0, 1024, 0, 0, ctypes.byref(kind), ctypes.byref(fmt),
                                      ctypes.byref(n), ctypes.byref(after), ctypes.byref(data)) == 0 and data.value:
                value = ctypes.string_at(data.value, n.value) if fmt.value == 8 else b""
                x11.XFree(data)
                if value: return value
        return b""
    # A DAMAGE event may be the toolkit clearing the window; a frame has content: several colours.
    def looks_drawn(win):
        r, x, y = ctypes.c_ulong(), ctypes.c_int(), ctypes.c_int()
        w, h, b, d = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
        if not x11.XGetGeometry(dpy, win, ctypes.byref(r), ctypes.byref(x), ctypes.byref(y),
                                ctypes.byref(w), ctypes.byref(h), ctypes.byref(b), ctypes.byref(d)):
            return False
        img = x11.XGetImage(dpy, win, 0, 0, w.value, h.value, 0xFFFFFFFF, 2)  # ZPixmap
        if not img: return False
        width, height = (ctypes.c_int * 2).from_address(img)  # struct XImage: width, height, ...
        data = ctypes.c_void_p.from_address(img + 16).value  # ... char *data at 16
        bpl, bpp = (ctypes.c_int * 2).from_address(img + 44)  # ... bytes_per_line, bits_per_pixel
        raw_pixels = ctypes.string_at(data, bpl * height) if data else b""
        x11.XDestroyImage(img)
        step = max(1, bpp // 8)
        colours = set()
        for row in range(0, height, 7):
            line = raw_pixels[row * bpl: row * bpl + width * step]
            colours.update(line[i:i + step] for i in range(0, len(line), 11 * step))
        if os.environ.get("FIRSTFRAME_DEBUG"):
            sys.stderr.write("%d ms: damage, %dx%d, %d colours\n" % (round((time.monotonic() - t0) * 1000), width, height, len(colours)))
        return len(colours) > 2
    root = x11.XDefaultRootWindow(dpy)
    x11.XSelectInput(dpy, root, SUBSTRUCTURE_NOTIFY)
    x11.XSync(dpy, 0)
    fd = x11.XConnectionNumber(dpy)
    event = (ctypes.c_long * 24)()
    raw = ctypes.cast(event, ctypes.POINTER(ctypes.c_ubyte * 192)).contents

    t0 = time.monotonic()
    # Its own process group: a launcher script's JVM is ended with it.
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True)
    def signal_all(sig):
        try: os.killpg(proc.pid, sig)
        except ProcessLookupError: pass
    out = proc.stdout.fileno()
    os.set_blocking(out, False)
    buf, found, via_hook, watched, damaged = b"", None, False, set(), None
    while found is None and time.monotonic() - t0 < timeout:
        ready, _, _ = select.select([fd, out], [], [], 0.05)
        if out in ready:
            chunk = os.read(out, 65536)
            if chunk:
                buf += chunk
                if hook_line in buf:
                    found, via_hook = time.monotonic(), True
                    break
            elif proc.poll() is not None:
                break
        while x11.XPending(dpy):
            x11.XNextEvent(dpy, event)
            kind = int.from_bytes(bytes(raw[0:4]), "little")
            if kind == MAP_NOTIFY:
                win = int.from_bytes(bytes(raw[40:48]), "little")
                if title in window_name(win):
                    xd.XDamageCreate(dpy, win, REPORT_RAW_RECTANGLES)
                    watched.add(win)
                    x11.XFlush(dpy)
            elif kind == ev_base.value:  # XDamageNotify: drawable at offset 32
                win = int.from_bytes(bytes(raw[32:40]), "little")
                if win in watched and damaged is None and looks_drawn(win):
                    damaged = time.monotonic()
                    if not wait_hook:
                        found = damaged
                        break
        if proc.poll() is not None and found is None:
            # Ended: its last output may still hold the hook's line.
            try:
                buf += os.read(out, 1 << 20)
            except BlockingIOError:
                pass
            if hook_line in buf:
                found, via_hook = time.monotonic(), True
            break
    if found is None:
        signal_all(signal.SIGKILL)
        sys.exit("firstframe.py: no first frame (timeout or the command ended, status %s)" % proc.poll())
    cpu = cpu_ms(proc.pid) if os.environ.get("FIRSTFRAME_CPU") else None
    # The app's own CPU figure, taken as it printed the line, when it gives one ("..., CPU 812 ms"): GatherLab goes on
    # building its main window right after its first frame, which a reading from here would count too.
    said = re.search(rb"[^\n]*" + re.escape(hook_line) + rb"[^\n]*CPU (\d+) ms", buf) if via_hook else None
    if cpu is not None and said: cpu = int(said.group(1))
    shot = os.environ.get("FIRSTFRAME_SHOT")
    if shot:  # debugging: freeze the app and take a screenshot of what was on screen at that moment
        signal_all(signal.SIGSTOP)
        subprocess.run(["import", "-window", "root", shot])
        signal_all(signal.SIGCONT)
    print("%d" % round((found - t0) * 1000) + ("" if cpu is None else " %d" % cpu))
    sys.stdout.flush()
    if via_hook:   # it goes on to its full window (AOT training lists those classes too), then quits
        try: proc.wait(timeout=max(10, timeout - (time.monotonic() - t0)))
        except subprocess.TimeoutExpired: signal_all(signal.SIGKILL); proc.wait()
    else:
        signal_all(signal.SIGTERM)
        try: proc.wait(timeout=5)
        except subprocess.TimeoutExpired: signal_all(signal.SIGKILL); proc.wait()
    # The group's other processes (a launcher script's JVM) must be gone too.
    for _ in range(50):
        try: os.killpg(proc.pid, 0)
        except ProcessLookupError: break
        time.sleep(0.1)
    else:
        signal_all(signal.SIGKILL)

if __name__ == "__main__":
    main(sys.argv[1:])
