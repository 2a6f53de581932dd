/** The five seed articles' ids (file stems), as every source argument takes them. */
export const S = {
  a000: "000_18567d4f4f5ab0b1",
  a001: "001_a8ebed2f27fe2428",
  a002: "002_d2d1fea17da82400",
  a003: "003_24894dd3d8424456",
  a004: "004_502e8f18b33a844e",
} as const;
