// The package ships typings but its "exports" map hides them from moduleResolution "bundler"; the props we use.
declare module "@neo4j-cypher/react-codemirror" {
  import type { ComponentType, CSSProperties } from "react";
  export interface CypherEditorProps {
    value?: string;
    onValueChanged?: (value: string) => void;
    lineNumbers?: boolean;
    autocomplete?: boolean;
    lint?: boolean;
    placeholder?: string;
    theme?: "light" | "dark" | "auto";
    className?: string;
    style?: CSSProperties;
    autofocus?: boolean;
  }
  export const CypherEditor: ComponentType<CypherEditorProps>;
}
