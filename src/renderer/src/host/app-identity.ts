/** Who made a file: the name and version every export and backup records. */
export const APP_IDENTITY = { name: 'Casefile', version: __APP_VERSION__ } as const
