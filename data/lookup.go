package data

// Metric finds a catalog entry by id; the catalog is small, so a scan is
// cheaper than keeping an index in step with the slice.
func (ds *Dataset) Metric(id string) (*Metric, bool) {
	for i := range ds.Metrics {
		if ds.Metrics[i].ID == id {
			return &ds.Metrics[i], true
		}
	}
	return nil, false
}

// Source finds a bibliography entry by id, as citations name it.
func (ds *Dataset) Source(id string) (*Source, bool) {
	for i := range ds.Sources {
		if ds.Sources[i].ID == id {
			return &ds.Sources[i], true
		}
	}
	return nil, false
}

// Year finds one year's figures and events, for the briefing of that year
// and for the change on the year before.
func (ds *Dataset) Year(y int) (*Year, bool) {
	for i := range ds.Years {
		if ds.Years[i].Year == y {
			return &ds.Years[i], true
		}
	}
	return nil, false
}

// Latest is the newest year in the dataset, the briefing's default; 0 when
// there is none (Load never returns such a dataset).
func (ds *Dataset) Latest() int {
	if len(ds.Years) == 0 {
		return 0
	}
	return ds.Years[len(ds.Years)-1].Year
}

// Figure finds one metric's figure in one year, for a key-figure tile and
// its change on the year before.
func (ds *Dataset) Figure(year int, metric string) (*Figure, bool) {
	y, ok := ds.Year(year)
	if !ok {
		return nil, false
	}
	return y.Figure(metric)
}

// Figure finds the year's figure for a metric; validation ensures there is
// at most one.
func (y *Year) Figure(metric string) (*Figure, bool) {
	for i := range y.Figures {
		if y.Figures[i].Metric == metric {
			return &y.Figures[i], true
		}
	}
	return nil, false
}
