// React context carrying the live sigma instance to the render-less controllers under a SigmaStage.
"use client";
import { createContext, useContext } from "react";
import type Sigma from "sigma";

export const SigmaContext = createContext<Sigma | null>(null);

export function useSigma(): Sigma {
  const s = useContext(SigmaContext);
  if (!s) throw new Error("useSigma() must be used inside <SigmaStage> (the sigma instance is not ready yet).");
  return s;
}
