//! An offscreen copy of the window's pixels that outlives a buffer swap.
//!
//! Patch to eframe 0.37 (see `PATCH.md`): after a swap, the window's back buffer holds undefined
//! pixels, so repainting only the part of a frame that changed needs the last frame kept
//! somewhere. Egui paints into the canvas; the canvas is copied to the window before each swap.

#![expect(unsafe_code)] // OpenGL calls, as in egui_glow's painter.

use glow::HasContext as _;

pub(crate) struct Canvas {
    framebuffer: glow::Framebuffer,
    pixels: glow::Renderbuffer,
    size_px: [u32; 2],

    /// Whether the canvas holds what the window shows; not after a frame painted straight to
    /// the window.
    pub(crate) holds_last_frame: bool,
}

impl Canvas {
    /// A canvas of `size_px` physical pixels, or why the driver could not make one (painting
    /// then goes straight to the window, every pixel every frame, as eframe always did).
    pub(crate) fn new(gl: &glow::Context, size_px: [u32; 2]) -> Result<Self, String> {
        let [width, height] = size_px.map(|side| side.max(1) as i32);
        let version = gl.version();
        if version.major < 3 {
            // egui_glow also runs on OpenGL 2.1 and ES 2.0, which have no framebuffer blit.
            return Err(format!(
                "OpenGL {}.{} cannot copy between framebuffers",
                version.major, version.minor
            ));
        }
        unsafe {
            gl.bind_framebuffer(glow::FRAMEBUFFER, None);
            if gl.get_parameter_i32(glow::SAMPLES) > 0 {
                // A blit into a multisampled window fails.
                return Err("the window is multisampled".to_owned());
            }
            let pixels = gl.create_renderbuffer()?;
            gl.bind_renderbuffer(glow::RENDERBUFFER, Some(pixels));
            gl.renderbuffer_storage(glow::RENDERBUFFER, glow::RGBA8, width, height);
            gl.bind_renderbuffer(glow::RENDERBUFFER, None);
            let framebuffer = match gl.create_framebuffer() {
                Ok(framebuffer) => framebuffer,
                Err(err) => {
                    gl.delete_renderbuffer(pixels);
                    return Err(err);
                }
            };
            let canvas = Self {
                framebuffer,
                pixels,
                size_px,
                holds_last_frame: false,
            };
            gl.bind_framebuffer(glow::FRAMEBUFFER, Some(framebuffer));
            gl.framebuffer_renderbuffer(
                glow::FRAMEBUFFER,
                glow::COLOR_ATTACHMENT0,
                glow::RENDERBUFFER,
                Some(pixels),
            );
            let status = gl.check_framebuffer_status(glow::FRAMEBUFFER);
            gl.bind_framebuffer(glow::FRAMEBUFFER, None);
            if status == glow::FRAMEBUFFER_COMPLETE {
                Ok(canvas)
            } else {
                canvas.destroy(gl);
                Err(format!(
                    "offscreen framebuffer incomplete (status {status:#x})"
                ))
            }
        }
    }

    pub(crate) fn size_px(&self) -> [u32; 2] {
        self.size_px
    }

    /// Makes the window where painting goes.
    pub(crate) fn bind_window(gl: &glow::Context) {
        unsafe { gl.bind_framebuffer(glow::FRAMEBUFFER, None) };
    }

    /// Makes the canvas where painting goes.
    pub(crate) fn bind(&self, gl: &glow::Context) {
        unsafe { gl.bind_framebuffer(glow::FRAMEBUFFER, Some(self.framebuffer)) };
    }

    /// Clears `[x, y, width, height]` (physical pixels from the top-left) to `color`, as
    /// `egui_glow::painter::clear` clears the whole window.
    pub(crate) fn clear_part(
        &self,
        gl: &glow::Context,
        [x, y, width, height]: [u32; 4],
        color: [f32; 4],
    ) {
        let from_bottom = self.size_px[1].saturating_sub(y + height);
        unsafe {
            gl.enable(glow::SCISSOR_TEST);
            gl.scissor(x as i32, from_bottom as i32, width as i32, height as i32);
            gl.clear_color(color[0], color[1], color[2], color[3]);
            gl.clear(glow::COLOR_BUFFER_BIT);
            gl.disable(glow::SCISSOR_TEST);
        }
    }

    /// Copies the canvas to the window's back buffer and leaves the window bound, ready to swap
    /// or to read back for a screenshot.
    pub(crate) fn present(&self, gl: &glow::Context) {
        let [width, height] = self.size_px.map(|side| side as i32);
        unsafe {
            gl.bind_framebuffer(glow::READ_FRAMEBUFFER, Some(self.framebuffer));
            gl.bind_framebuffer(glow::DRAW_FRAMEBUFFER, None);
            gl.blit_framebuffer(
                0,
                0,
                width,
                height,
                0,
                0,
                width,
                height,
                glow::COLOR_BUFFER_BIT,
                glow::NEAREST,
            );
            gl.bind_framebuffer(glow::FRAMEBUFFER, None);
        }
    }

    pub(crate) fn destroy(&self, gl: &glow::Context) {
        unsafe {
            gl.delete_framebuffer(self.framebuffer);
            gl.delete_renderbuffer(self.pixels);
        }
    }
}
