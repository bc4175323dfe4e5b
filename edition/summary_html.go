package edition

import (
	"html/template"
	"io"
)

// WriteHTML writes a table of the figures and the numbered sources as an
// HTML fragment for a newsletter body; the title is left to the page
// around it, which may put a chart or a greeting between the two. html/template escapes
// every text and keeps only safe link schemes, since the dataset is
// edited by hand. Styles are inline: mail readers drop style sheets.
func (s *Summary) WriteHTML(w io.Writer) error {
	return summaryHTML.Execute(w, s)
}

var summaryHTML = template.Must(template.New("summary").Funcs(template.FuncMap{"change": changeText}).Parse(
	`<table style="border-collapse:collapse;font-size:14px" cellpadding="4">
<thead><tr style="border-bottom:1px solid #9AA5B1">` +
		`<th align="left">{{index .Headings 0}}</th><th align="right">{{index .Headings 1}}</th>` +
		`<th align="right">{{index .Headings 2}}</th><th align="left">{{index .Headings 3}}</th></tr></thead>
<tbody>
{{- range .Figures}}
<tr style="border-bottom:1px solid #E3E7EC"><td>{{.Label}}</td><td align="right">{{.Display}}</td>` +
		`<td align="right">{{change .}}</td><td>{{range .Sources}}<a href="#src-{{.}}">[{{.}}]</a>{{end}}</td></tr>
{{- end}}
</tbody>
</table>
{{- with .Legend}}
<p style="font-size:12px;color:#4A5560">{{.}}</p>
{{- end}}
<ol style="font-size:12px;color:#4A5560">
{{- range .Sources}}
<li id="src-{{.N}}" value="{{.N}}">{{.Publisher}} · “{{.Title}}” · {{.Date}} · {{.Language}}` +
		`{{if .URL}} · <a href="{{.URL}}">{{.URL}}</a>{{end}}</li>
{{- end}}
</ol>
`))

// Headings are the table's column headings in the summary's language:
// indicator, the year, change, sources.
func (s *Summary) Headings() [4]string { return s.headings }
