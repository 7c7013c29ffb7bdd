/* store_export.h: writing stored events (store_event_row) in the formats the field reads.
 *
 * Contract: export_row appends one line (ending in '\n') for one merged event; the same row
 * always gives the same bytes. Formats (column orders are documented in docs/formats.md):
 *  - EXPORT_TABLE: fixed-width text for people (header line from export_header).
 *  - EXPORT_CSV: RFC 4180 CSV with the header EXPORT_CSV_HEADER.
 *  - EXPORT_JSONL: one JSON object per event, keys in the CSV column order.
 *  - EXPORT_GDELT: the GDELT 2.0 event table: 61 tab-separated columns, no header. Fields
 *    sitrep does not have (ethnic and religion codes, IsRootEvent, AvgTone, geography) are
 *    empty, never invented.
 *  - EXPORT_PHOENIX: the Phoenix daily event file: 26 tab-separated columns, no header;
 *    issues and geography are empty.
 * Tabs and line breaks inside a field become spaces in the tab-separated formats. */
#ifndef SITREP_STORE_EXPORT_H
#define SITREP_STORE_EXPORT_H

#include "base/strbuf.h"
#include "store/store.h"

#include <stdbool.h>

typedef enum export_format {
    EXPORT_TABLE = 0, EXPORT_JSONL, EXPORT_CSV, EXPORT_GDELT, EXPORT_PHOENIX
} export_format;

#define EXPORT_GDELT_COLUMNS 61
#define EXPORT_PHOENIX_COLUMNS 26
#define EXPORT_CSV_HEADER                                                                      \
    "id,date,source,source_name,source_country,source_role,target,target_name,target_country," \
    "target_role,cameo,root,event_name,quad_class,goldstein,num_mentions,num_documents,"       \
    "num_outlets,first_seen,last_seen,status,outlets,url,doc_id,sentence,said_by"

/* "table", "jsonl", "csv", "gdelt", "phoenix" -> *f; false for anything else. */
bool export_format_parse(const char *name, export_format *f);

/* The header line of formats that have one (table, csv); nothing for the others. */
void export_header(strbuf *out, export_format f);
void export_row(strbuf *out, export_format f, const store_event_row *row);

/* Phoenix's PentaClass of a CAMEO root ("01".."20"), -1 when unknown. */
int export_penta_class(const char *root);

#endif
