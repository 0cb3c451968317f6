package id.spbe.analytics.pipeline.generate;

import java.util.List;

/** The instansi whose rows share files: a province's pemda (the province itself included), or the instansi pusat. */
record Group(String name, String title, List<Instansi> members) {}
