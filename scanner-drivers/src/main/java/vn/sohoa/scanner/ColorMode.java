package vn.sohoa.scanner;

/** How a page is captured: black and white (1 bit), grey (8 bits) or colour (24 bits). */
public enum ColorMode { LINEART, GRAY, COLOR }
