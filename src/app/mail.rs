//! The invitation email leaving partnerdesk: a `mailto:` URL for the default mail app, an
//! `.eml` file, and the text put on the operator's clipboard.

use crate::domain::invitation::EmailDraft;
use base64::Engine;

/// Percent-encodes everything but RFC 3986's unreserved characters (RFC 6068 asks no less).
/// Hand-written: a dozen lines, and mail clients want `%20`, never `+`.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `mailto:` with subject and body; line breaks as CRLF, as RFC 6068 asks.
pub fn mailto(to: &str, email: &EmailDraft) -> String {
    let body = email.body.replace("\r\n", "\n").replace('\n', "\r\n");
    format!("mailto:{}?subject={}&body={}", encode(to), encode(&email.subject), encode(&body))
}

/// An RFC 5322 message with a UTF-8 body, for mail apps that open `.eml` files.
pub fn eml(from: &str, to: &str, email: &EmailDraft) -> String {
    let subject = base64::engine::general_purpose::STANDARD.encode(email.subject.as_bytes());
    let body = email.body.replace("\r\n", "\n").replace('\n', "\r\n");
    format!(
        "From: {from}\r\nTo: {to}\r\nSubject: =?UTF-8?B?{subject}?=\r\nX-Unsent: 1\r\nMIME-Version: 1.0\r\n\
         Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n"
    )
}

/// The text copied to the clipboard: the subject, then the body.
pub fn clipboard_text(email: &EmailDraft) -> String {
    format!("Subject: {}\n\n{}", email.subject, email.body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> EmailDraft {
        EmailDraft { subject: "Lời mời & hợp tác".into(), body: "Xin chào,\nhttps://x/?a=1&b=2#/p".into() }
    }

    #[test]
    fn mailto_encodes_subject_body_and_line_breaks() {
        let url = mailto("an@minhphat.vn", &draft());
        assert!(url.starts_with("mailto:an%40minhphat.vn?subject=L%E1%BB%9Di%20m%E1%BB%9Di%20%26%20"));
        assert!(url.contains("&body=Xin%20ch%C3%A0o%2C%0D%0Ahttps%3A%2F%2Fx%2F%3Fa%3D1%26b%3D2%23%2Fp"));
    }

    #[test]
    fn eml_has_headers_and_crlf_body() {
        let m = eml("lan@saomai.vn", "an@minhphat.vn", &draft());
        assert!(m.contains("To: an@minhphat.vn\r\n"));
        assert!(m.contains("Subject: =?UTF-8?B?"));
        assert!(m.ends_with("Xin chào,\r\nhttps://x/?a=1&b=2#/p\r\n"));
    }
}
