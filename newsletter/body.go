package newsletter

import (
	"fmt"
	"html/template"
	"strings"

	"github.com/dipbrief/dipbrief/edition"
)

// bodies are the plain-text and HTML alternatives: the edition's lead,
// "The year in brief", then the same figures and sources as `dipbrief
// show`, numbered as in the PDF, an opening line, and where the PDF is.
// Every word comes from the edition.
func (l *Letter) bodies() (text, html string, err error) {
	e := l.Edition
	intro := e.Mail.Intro
	attached := fmt.Sprintf(e.Mail.Attached, l.PDF.Name)

	lead := leadText(e.Lead)
	var t strings.Builder
	if lead != "" {
		t.WriteString(e.Lead.Heading.Text + "\n\n" + lead + "\n\n")
	}
	t.WriteString(intro + "\n\n")
	if err := e.Summary.WriteText(&t); err != nil {
		return "", "", err
	}
	t.WriteString("\n" + attached + "\n")

	var fragment strings.Builder
	if err := e.Summary.WriteHTML(&fragment); err != nil {
		return "", "", err
	}
	var h strings.Builder
	err = page.Execute(&h, map[string]any{
		"Lang": e.Lang.Tag, "Subject": l.subject(), "Title": e.Title, "Intro": intro, "Attached": attached,
		"LeadHeading": e.Lead.Heading.Text, "Lead": lead,
		"Chart": l.Chart, "Summary": template.HTML(fragment.String()),
	})
	return t.String(), h.String(), err
}

// page wraps the summary for a mail reader: inline styles only, the chart
// at its size in points (its PNG has twice the pixels, for sharp screens),
// and nothing fetched from the web.
var page = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head><meta charset="utf-8"><title>{{.Subject}}</title></head>
<body style="font-family:'Noto Sans',Arial,sans-serif;color:#2B2B2B;max-width:640px;margin:0 auto;padding:8px">
<h1 style="font-size:22px;color:#1F3A5F;margin:8px 0">{{.Title}}</h1>
{{- if .Lead}}
<h2 style="font-size:16px;color:#1F3A5F;margin:16px 0 4px">{{.LeadHeading}}</h2>
<p>{{.Lead}}</p>
{{- end}}
<p>{{.Intro}}</p>
{{- with .Chart}}{{if .Data}}
<h2 style="font-size:16px;color:#1F3A5F;margin:16px 0 4px">{{.Title}}</h2>
<img src="cid:{{.Name}}" alt="{{.Alt}}" width="480" style="max-width:100%;height:auto">
{{- end}}{{end}}
{{.Summary}}
<p>{{.Attached}}</p>
</body>
</html>
`))

// leadText is the lead's sentences as one paragraph, markers included.
func leadText(l edition.Lead) string {
	parts := make([]string, len(l.Sentences))
	for i, s := range l.Sentences {
		parts[i] = s.String()
	}
	return strings.Join(parts, l.Gap)
}
