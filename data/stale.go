package data

// StaleEdition warns when the data cites a source dated after the
// dataset's as_of, the edition date printed on the briefing: an analyst
// who adds a year's figures and keeps last edition's date would date the
// briefing before its own sources. It is a warning, not a problem: the
// briefing can still be made. It names the newest such source.
func StaleEdition(ds *Dataset) (Diagnostic, bool) {
	var newest *Source
	for _, ref := range ds.citations() {
		src, ok := ds.Source(ref.Source)
		if ok && ds.Info.AsOf.Before(src.Date) && (newest == nil || newest.Date.Before(src.Date)) {
			newest = src
		}
	}
	if newest == nil {
		return Diagnostic{}, false
	}
	return ds.positions.diag("dataset.yaml", "as_of", "the edition date %s is before the source %q (%s) the data cites: move as_of to %s or later",
		ds.Info.AsOf, newest.ID, newest.Date, newest.Date), true
}
