#!/usr/bin/env python3
"""When a program started at START_NS (from `date +%s%N`) first showed something on the X
screen ($DISPLAY), and when the screen last changed before it stayed the same for SETTLE
seconds.

    scripts/first-frame.py START_NS [SETTLE]

Prints "first SECONDS settled SECONDS". Reads the root window's pixels through libX11 a few
milliseconds apart (a polled `import` resolved only to tens of milliseconds). "First" is the
first read where the screen is not one colour; "settled" the last read that differed from the
one before, so a window that paints its frame, then its content, or whose chart jumps after the
first frame, is counted when it stops changing. The reads cost the X server some work too, the
same for every program measured. Gives up after 30 s. Python's standard library only.
"""
import ctypes
import sys
import time

START_NS = int(sys.argv[1])
SETTLE = float(sys.argv[2]) if len(sys.argv) > 2 else 3.0

x11 = ctypes.CDLL("libX11.so.6")
x11.XOpenDisplay.restype = ctypes.c_void_p
x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
x11.XDefaultRootWindow.restype = ctypes.c_ulong
x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x11.XDefaultScreen.argtypes = [ctypes.c_void_p]
x11.XDisplayWidth.argtypes = [ctypes.c_void_p, ctypes.c_int]
x11.XDisplayHeight.argtypes = [ctypes.c_void_p, ctypes.c_int]
x11.XGetImage.restype = ctypes.c_void_p
x11.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                          ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
x11.XDestroyImage.argtypes = [ctypes.c_void_p]


class XImage(ctypes.Structure):
    # The leading fields of Xlib's XImage, up to the row length.
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.c_void_p), ("byte_order", ctypes.c_int),
                ("bitmap_unit", ctypes.c_int), ("bitmap_bit_order", ctypes.c_int),
                ("bitmap_pad", ctypes.c_int), ("depth", ctypes.c_int),
                ("bytes_per_line", ctypes.c_int)]


display = x11.XOpenDisplay(None)
if not display:
    sys.exit("first-frame.py: cannot open the display")
root = x11.XDefaultRootWindow(display)
screen = x11.XDefaultScreen(display)
width, height = x11.XDisplayWidth(display, screen), x11.XDisplayHeight(display, screen)
ALL_PLANES, Z_PIXMAP = 0xFFFFFFFF, 2


def screen_bytes():
    pointer = x11.XGetImage(display, root, 0, 0, width, height, ALL_PLANES, Z_PIXMAP)
    if not pointer:
        sys.exit("first-frame.py: cannot read the screen")
    image = XImage.from_address(pointer)
    data = ctypes.string_at(image.data, image.bytes_per_line * image.height)
    x11.XDestroyImage(pointer)
    return data


def one_colour(data):
    return data.count(data[:4]) * 4 == len(data)


GIVE_UP = 30.0
first = None
last, last_change = None, None
while True:
    data = screen_bytes()
    now = (time.time_ns() - START_NS) / 1e9
    if data != last:
        last, last_change = data, now
        if first is None and not one_colour(data):
            first = now
    if first is not None and now - last_change >= SETTLE:
        break
    if now > GIVE_UP:
        sys.exit(f"first-frame.py: the screen did not settle within {GIVE_UP:.0f} s")
    time.sleep(0.002)

print(f"first {first:.3f} settled {last_change:.3f}")
