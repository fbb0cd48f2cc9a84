package vn.sohoa.scanner;

/** Where the paper is: on the glass, or in the automatic document feeder (one side or both). */
public enum Source { FLATBED, FEEDER, FEEDER_DUPLEX }
