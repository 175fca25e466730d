//! A writer that keeps its first error to itself, for the renderers that write a long
//! output into its file as they make it (`docx::render_into`, `markdown::tidy::Tidy`,
//! `docx::xml::Xml`): the writing goes on to its end, what comes after the error is
//! dropped, and the error is the outcome. The zip crate, failing half way, would try
//! again when dropped and print its own message on standard error.

use std::io::{self, Seek, SeekFrom, Write};

pub struct Guarded<W> {
    inner: W,
    failed: Option<io::Error>,
}

impl<W> Guarded<W> {
    pub fn new(inner: W) -> Guarded<W> {
        Guarded {
            inner,
            failed: None,
        }
    }

    /// The writer back, or its first error.
    pub fn finish(self) -> io::Result<W> {
        self.failed.map_or(Ok(self.inner), Err)
    }
}

impl<W: Write> Write for Guarded<W> {
    /// Tried once: after an error, nothing more is written.
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.failed.is_none()
            && let Err(e) = self.inner.write_all(buf)
        {
            self.failed = Some(e);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.failed.is_none()
            && let Err(e) = self.inner.flush()
        {
            self.failed = Some(e);
        }
        Ok(())
    }
}

impl<W: Seek> Seek for Guarded<W> {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        self.inner.seek(to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The writer keeps a failed flush's error as it keeps a write's: the writing goes
    /// on, and the error is the outcome.
    #[test]
    fn the_guarded_writer_keeps_the_first_error_of_a_flush() {
        struct Unflushable;
        impl Write for Unflushable {
            fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
                Ok(buf.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Err(io::Error::other("không ghi được"))
            }
        }
        let mut w = Guarded::new(Unflushable);
        w.write_all(b"a").unwrap();
        assert!(w.failed.is_none());
        w.flush().unwrap();
        w.flush().unwrap();
        assert_eq!(w.failed.unwrap().to_string(), "không ghi được");
    }
}
