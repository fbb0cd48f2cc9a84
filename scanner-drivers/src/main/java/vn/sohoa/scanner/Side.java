package vn.sohoa.scanner;

/** Which side of the sheet an image shows. */
public enum Side { FRONT, BACK }
