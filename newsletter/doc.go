// Package newsletter builds the e-mail that carries a year's briefing and
// sends it, or writes it as an .eml file for another mailer.
//
// A Letter is the year's edition in one language (edition.New), the
// main trend chart as a PNG and the briefing PDF. Message turns it into a
// github.com/wneessen/go-mail message shaped as mail readers expect
// (RFC 2045-2046, RFC 2387 for multipart/related, RFC 2392 for cid: URLs):
//
//	multipart/mixed
//	  multipart/related
//	    multipart/alternative
//	      text/plain   the figures as aligned text, then the numbered sources
//	      text/html    the same as a table, with the chart at <img src="cid:...">
//	    image/png      the chart, inline
//	  application/pdf  the briefing, attached as dipbrief-VN-2024-vi.pdf
//
// WriteEML gives the same bytes for the same Letter: the Date is the
// Letter's, and the Message-ID and the MIME boundaries are derived from a
// hash of the content rather than drawn at random. Send delivers through
// SMTP with STARTTLS required unless the caller allows plain text, and
// tells a temporary refusal (4xx, a server that cannot be reached) from a
// permanent one, so a cron job knows whether to try again.
package newsletter
