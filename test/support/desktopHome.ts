// The small home the desktop app's tests run: a kitchen light, a front door lock, an
// "Evening" scene (the light at 30%), and the scene and the lock as favourites.

export function desktopHomeYaml(name: string): string {
  return `
name: ${name}
areas:
  - { id: kitchen, name: Kitchen }
  - { id: hall, name: Hall }
devices:
  - { id: kitchen_light, name: Kitchen light, area: kitchen, type: light }
  - { id: front_door, name: Front door, area: hall, type: lock }
scenes:
  - id: evening
    name: Evening
    actions: [{ device: kitchen_light, command: set_brightness, value: 30 }]
favorites: [evening, front_door]
`;
}
