// An RGBA image (premultiplied alpha, rows from the top) the size of the drawing buffer, uploaded and blended over
// what the map has drawn so far, pixel for pixel: texelFetch at the fragment's own pixel, so nothing is filtered.

const VERTEX = `#version 300 es
in vec2 a_corner;
void main() {
  gl_Position = vec4(a_corner, 0.0, 1.0);
}`;

const FRAGMENT = `#version 300 es
precision highp float;
uniform highp sampler2D u_image;
uniform int u_height;
out vec4 fragColor;
void main() {
  fragColor = texelFetch(u_image, ivec2(int(gl_FragCoord.x), u_height - 1 - int(gl_FragCoord.y)), 0);
}`;

export class ViewImage {
  private readonly program: WebGLProgram;
  private readonly texture: WebGLTexture;
  private readonly corners: WebGLBuffer;
  private readonly vao: WebGLVertexArrayObject;
  private readonly heightLocation: WebGLUniformLocation | null;
  private readonly imageLocation: WebGLUniformLocation | null;
  private size = { width: 0, height: 0 };

  constructor(
    private readonly gl: WebGL2RenderingContext,
    link: (vertex: string, fragment: string) => WebGLProgram,
  ) {
    this.program = link(VERTEX, FRAGMENT);
    this.heightLocation = gl.getUniformLocation(this.program, 'u_height');
    this.imageLocation = gl.getUniformLocation(this.program, 'u_image');
    this.texture = gl.createTexture();
    // Without mipmaps the default minification filter would leave the texture incomplete, and it would read black.
    gl.bindTexture(gl.TEXTURE_2D, this.texture);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
    gl.bindTexture(gl.TEXTURE_2D, null);
    this.corners = gl.createBuffer();
    this.vao = gl.createVertexArray();
    gl.bindVertexArray(this.vao);
    gl.bindBuffer(gl.ARRAY_BUFFER, this.corners);
    gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1, -1, 1, -1, -1, 1, 1, 1]), gl.STATIC_DRAW);
    const location = gl.getAttribLocation(this.program, 'a_corner');
    gl.enableVertexAttribArray(location);
    gl.vertexAttribPointer(location, 2, gl.FLOAT, false, 0, 0);
    gl.bindVertexArray(null);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
  }

  /** Replaces the image (width × height × 4 bytes). */
  upload(pixels: Uint8Array, width: number, height: number): void {
    const gl = this.gl;
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, this.texture);
    gl.pixelStorei(gl.UNPACK_ALIGNMENT, 4);
    gl.pixelStorei(gl.UNPACK_FLIP_Y_WEBGL, false);
    gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
    if (width !== this.size.width || height !== this.size.height) {
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, width, height, 0, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
      this.size = { width, height };
    } else {
      gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
    }
    gl.bindTexture(gl.TEXTURE_2D, null);
  }

  /** Blends the last uploaded image over the drawing buffer. */
  draw(): void {
    const gl = this.gl;
    gl.useProgram(this.program);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, this.texture);
    gl.uniform1i(this.imageLocation, 0);
    gl.uniform1i(this.heightLocation, this.size.height);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.bindVertexArray(this.vao);
    gl.drawArrays(gl.TRIANGLE_STRIP, 0, 4);
    gl.bindVertexArray(null);
    gl.bindTexture(gl.TEXTURE_2D, null);
  }

  dispose(): void {
    this.gl.deleteTexture(this.texture);
    this.gl.deleteBuffer(this.corners);
    this.gl.deleteVertexArray(this.vao);
    this.gl.deleteProgram(this.program);
  }
}
